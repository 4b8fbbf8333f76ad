package fr.deciderensemble.trophees.platform;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An RFC 9457 problem document, its texts in French like the rest of the application: what every failure of the
 * API answers, whether the API itself, the login mechanism or the container refused the request.
 */
public record Problem(String type, String title, int status, List<Error> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One problem; {@code pointer} (RFC 6901) names the field of the request body at fault, if any. */
    public record Error(String code, String message, String pointer) {
    }

    public static Problem of(int status, List<String> keys) {
        return detailed(status, keys.stream().map(key -> new Error(key, null, null)).toList());
    }

    /** The problems' messages are looked up from their codes. */
    public static Problem detailed(int status, List<Error> problems) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.FRENCH);
        List<Error> errors = problems.stream().map(problem -> new Error(problem.code(),
                bundle.containsKey(problem.code()) ? bundle.getString(problem.code()) : problem.code(),
                problem.pointer())).toList();
        String title = bundle.getString("problem.status." + (bundle.containsKey("problem.status." + status) ? status : 500));
        return new Problem("about:blank", title, status, errors);
    }

    /** The document as JSON, fields without a value left out. */
    public String json() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Error error : errors) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("code", error.code()).add("message", error.message());
            if (error.pointer() != null) {
                item.add("pointer", error.pointer());
            }
            list.add(item);
        }
        return Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("errors", list).build().toString();
    }

    /** Answers a request with this document, outside the REST layer (filters, the login mechanism, error pages). */
    public void send(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json());
        response.flushBuffer();
    }
}
