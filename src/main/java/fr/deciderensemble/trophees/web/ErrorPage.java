package fr.deciderensemble.trophees.web;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** erreur.xhtml: what went wrong in the user's words, and the way back. */
@Named
@RequestScoped
public class ErrorPage {

    private static final String CAUSE = "cause";
    private static final String TOO_LARGE = "fichier-trop-volumineux";
    /** Where {@link UploadLimit} sends an upload it could not read. */
    static final String UPLOAD_TOO_LARGE = "/erreur.xhtml?" + CAUSE + "=" + TOO_LARGE;

    public String getMessageKey() {
        if (TOO_LARGE.equals(request().getParameter(CAUSE))) {
            return "error.tooLarge";
        }
        Object status = request().getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(status instanceof Integer code)) {
            return "error.unexpected";
        }
        return switch (code) {
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 503 -> "error.unavailable";
            default -> "error.unexpected";
        };
    }

    /** The page the user came from, when it is one of ours: after a refused upload, its form is still there. */
    public String getBackLink() {
        String referer = request().getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI from = URI.create(referer);
            HttpServletRequest request = request();
            boolean ours = request.getServerName().equalsIgnoreCase(from.getHost())
                    && (from.getPort() == -1 || from.getPort() == request.getServerPort())
                    && from.getRawPath() != null && from.getRawPath().startsWith(request.getContextPath() + "/");
            return ours ? from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static HttpServletRequest request() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return (HttpServletRequest) context.getRequest();
    }
}
