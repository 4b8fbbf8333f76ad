package fr.deciderensemble.trophees.platform;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Where the links in mails lead: the site's public address (TROPHEES_BASE_URL), with any trailing slash dropped. */
@ApplicationScoped
public class SiteAddress {

    @Inject
    @ConfigProperty(name = "trophees.base.url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The absolute address of a path of the site, such as "/connexion.xhtml". */
    public String of(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
