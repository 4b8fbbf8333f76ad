package fr.deciderensemble.trophees.web;

import java.io.IOException;

import fr.deciderensemble.trophees.platform.Readiness;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Until the application is ready (its database reached, see {@link Readiness}), every page and API call is
 * answered 503 with the time to come back, through the error page: a clear French page, or a problem document
 * for the API. The health check and the pages' own resources stay reachable.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StartingUp extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private Readiness readiness;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (readiness.isReady() || path.startsWith("/health") || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", "10");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
