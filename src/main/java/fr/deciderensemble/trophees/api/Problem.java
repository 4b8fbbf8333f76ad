package fr.deciderensemble.trophees.api;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document, its texts in French like the rest of the application. */
public record Problem(String type, String title, int status, List<Error> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Error(String code, String message) {
    }

    public static Response response(int status, List<String> keys) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.FRENCH);
        List<Error> errors = keys.stream()
                .map(key -> new Error(key, bundle.containsKey(key) ? bundle.getString(key) : key)).toList();
        String title = bundle.getString("problem.status." + (bundle.containsKey("problem.status." + status) ? status : 500));
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, errors)).build();
    }
}
