package fr.deciderensemble.trophees.web;

import java.io.IOException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The management port, which the jar opens for {@code /health} with request threads of its own, serves nothing else
 * of the application: a crowd sent there would take the threads that keep the health check quick. Where no such port
 * is configured (an application server started by the tests), nothing is refused.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ManagementPort extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "trophees.management.port", defaultValue = "-1")
    private int port;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Payara adds its health servlet to the application's own context: that one, and only that, answers here.
        if (request.getLocalPort() == port && !path.startsWith("/health")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
