package fr.deciderensemble.trophees.web;

import java.io.IOException;
import java.util.List;

import fr.deciderensemble.trophees.platform.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where web.xml sends every error the container answers itself (a refused login, a role check, an unknown path,
 * an exception): a problem document for the API, whose clients read JSON, and the French error page for the rest.
 */
@WebServlet("/erreur")
public class ErrorDispatch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer known ? known : 500;
            Problem.of(status, List.of("problem.status." + status)).send(response);
            return;
        }
        request.getRequestDispatcher("/erreur.xhtml").forward(request, response);
    }
}
