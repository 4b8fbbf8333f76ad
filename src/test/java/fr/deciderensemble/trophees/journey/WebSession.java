package fr.deciderensemble.trophees.journey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One visitor's cookies, and the forms of the Faces pages posted as a browser would post them. */
public final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' script adds its page's CSP nonce to every form it posts; a form posted without it is refused. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    // HTTP/1.1 as browsers speak it to this server: no attempt to upgrade each connection to HTTP/2.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).build();

    public WebSession(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "fr").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A download, as the bytes it is. */
    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts the page's form with the given fields, pressing {@code button}, with its current view state. */
    public HttpResponse<String> submit(String path, String form, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        return submit(get(path), form, button, fields);
    }

    /** Posts a form of a page already loaded, as a browser does when one presses its button. */
    public HttpResponse<String> submit(HttpResponse<String> page, String form, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(form, form);
        all.put(button, "");
        all.putAll(formState(page.body()));
        return post(page.uri().getPath(), all);
    }

    /**
     * What a browser posts along with a form of this page besides its fields: the view state and, since PrimeFaces'
     * script adds it to every form, the page's CSP nonce.
     */
    public static Map<String, String> formState(String html) {
        Matcher viewState = VIEW_STATE.matcher(html);
        if (!viewState.find()) {
            throw new IllegalStateException("No form on this page");
        }
        Map<String, String> state = new LinkedHashMap<>();
        state.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            state.put("primefaces.nonce", nonce.group(1));
        }
        return state;
    }

    /** Posts these fields as a form does, with these request headers (name, value, name, value…) besides. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = client.send(request
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 302 || response.statusCode() == 303) {
            return get(response.headers().firstValue("Location").orElseThrow());
        }
        return response;
    }

    /** Posts a multipart form with one file, as a browser sends an upload. */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content) throws IOException, InterruptedException {
        String boundary = "----trophees" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(head.toString().getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 302) {
            return get(response.headers().firstValue("Location").orElseThrow());
        }
        return response;
    }

    /** Any request to this path, with this visitor's cookies. */
    public HttpResponse<String> send(String path, HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.uri(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code Authorization} header of an API call made with these credentials. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
        return submit("/connexion.xhtml", "login", "submit", Map.of("email", email, "password", password));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
