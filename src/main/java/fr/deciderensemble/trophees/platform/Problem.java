package fr.deciderensemble.trophees.api;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document, its texts in French like the rest of the application. */
public record Problem(String type, String title, int status, List<Error> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One problem; {@code pointer} (RFC 6901) names the field of the request body at fault, if any. */
    public record Error(String code, String message, String pointer) {
    }

    public static Response response(int status, List<String> keys) {
        return detailed(status, keys.stream().map(key -> new Error(key, null, null)).toList());
    }

    /** The problems' messages are looked up from their codes. */
    public static Response detailed(int status, List<Error> problems) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.FRENCH);
        List<Error> errors = problems.stream().map(problem -> new Error(problem.code(),
                bundle.containsKey(problem.code()) ? bundle.getString(problem.code()) : problem.code(),
                problem.pointer())).toList();
        String title = bundle.getString("problem.status." + (bundle.containsKey("problem.status." + status) ? status : 500));
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, errors)).build();
    }
}
