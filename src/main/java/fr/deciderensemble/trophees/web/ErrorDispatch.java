package fr.deciderensemble.trophees.web;

import java.io.IOException;
import java.util.List;

import fr.deciderensemble.trophees.platform.Problem;
import fr.deciderensemble.trophees.platform.Readiness;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where web.xml sends every error the container answers itself (a refused login, a role check, an unknown path,
 * an exception): a problem document for the API, whose clients read JSON, and the French error page for the rest.
 * An exception while the database does not answer is a 503, the same as before the application was ready.
 */
@WebServlet("/erreur")
public class ErrorDispatch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Readiness readiness;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (causedBy(failure, ViewExpiredException.class)) {
            // A form older than its session, or forged: Faces wraps it, so the container's own mapping misses it.
            request.getRequestDispatcher("/session-expiree.xhtml").forward(request, response);
            return;
        }
        if (failure != null && !readiness.databaseAnswers()) {
            // Not a fault of the application: its database went away for a moment. Say so, and when to come back.
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "10");
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer known ? known : 500;
            Problem.of(status, List.of("problem.status." + status)).send(response);
            return;
        }
        request.getRequestDispatcher("/erreur.xhtml").forward(request, response);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
