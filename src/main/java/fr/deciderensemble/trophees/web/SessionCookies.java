package fr.deciderensemble.trophees.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is {@code Secure} when the public address is https: behind a proxy that ends TLS, the request
 * itself arrives in plain http, so the container alone would leave it off.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (SecurityHeaders.servedOverHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
