package fr.deciderensemble.trophees.api;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import fr.deciderensemble.trophees.platform.Problem;
import fr.deciderensemble.trophees.security.Authentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API changes data only for a request that proved itself with valid HTTP Basic credentials: a staff member's
 * session cookie, which a browser sends along with any forged cross-site form, is not enough, and neither is an
 * Authorization header that was not checked.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class BasicOnlyChanges extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || Authentication.provedWithBasic(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("WWW-Authenticate", Authentication.CHALLENGE);
        Problem.of(401, List.of("problem.status.401")).send(response);
    }
}
