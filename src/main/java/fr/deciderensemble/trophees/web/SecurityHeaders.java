package fr.deciderensemble.trophees.web;

import java.io.IOException;

import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Headers every answer carries: no content sniffing, no referrer sent to other sites. Pages, error pages included,
 * get their Content-Security-Policy from PrimeFaces (web.xml, with a nonce for its scripts); the API's answers
 * (JSON, PDF, CSV) get one that allows nothing. Cookies the application sets are {@code SameSite=Lax} (the session
 * cookie too: payara-web.xml), and {@code Secure} when the public address is https ({@link SessionCookies}),
 * which is also when browsers are told to keep to https.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NOTHING_ALLOWED = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final boolean https = servedOverHttps();

    /** Whether the public address ({@code TROPHEES_BASE_URL}) is https, whatever a proxy in front forwards. */
    static boolean servedOverHttps() {
        return ConfigProvider.getConfig().getOptionalValue("trophees.base.url", String.class).orElse("")
                .startsWith("https:");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Content-Security-Policy", NOTHING_ALLOWED);
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addCookie(Cookie cookie) {
                cookie.setAttribute("SameSite", "Lax");
                cookie.setSecure(https);
                super.addCookie(cookie);
            }
        });
    }
}
