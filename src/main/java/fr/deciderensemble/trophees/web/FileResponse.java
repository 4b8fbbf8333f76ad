package fr.deciderensemble.trophees.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import fr.deciderensemble.trophees.media.FileStore;
import fr.deciderensemble.trophees.media.StoredFile;
import fr.deciderensemble.trophees.platform.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a stored file as a download, streamed from the database chunk by chunk; its SHA-256 is its ETag, so that a
 * browser holding it is answered 304. Always a download, never shown inline: an uploaded file never runs as a page
 * of the site.
 */
public final class FileResponse {

    private FileResponse() {
    }

    /** The file the lookup finds, or the status of its refusal (404 for what this user may not see). */
    public static void send(Supplier<StoredFile> lookup, FileStore store, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        StoredFile file;
        try {
            file = lookup.get();
        } catch (Refusal refusal) {
            response.sendError(refusal.status());
            return;
        }
        String etag = "\"" + file.getSha256() + "\"";
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.getMediaType());
        response.setContentLengthLong(file.getSize());
        response.setHeader("Content-Disposition", disposition(file.getName()));
        store.copyTo(file.getId(), response.getOutputStream());
    }

    /** The id at the end of a path such as /candidat/piece/42, or -1 when there is none. */
    public static long idOf(String pathInfo) {
        try {
            return Long.parseLong(pathInfo == null ? "" : pathInfo.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String disposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
