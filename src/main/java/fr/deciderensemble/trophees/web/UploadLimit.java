package fr.deciderensemble.trophees.web;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers an upload bigger than the multipart limit of web.xml with the error page's French explanation.
 * Past that limit the container cannot read the form at all, and Faces would only report an
 * unexpected error; below it, each page says which size its files may have.
 */
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The multipart-config max-request-size of web.xml. */
    static final long MAX_REQUEST_BYTES = 11L * 1024 * 1024;
    private static final long MAX_DISCARDED_BYTES = 100L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.startsWith("multipart/")
                && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            discardBody(request);
            // Redirected, not forwarded: any page, the error page included, fails on reading such a form.
            response.sendRedirect(request.getContextPath() + ErrorPage.UPLOAD_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Browsers and HTTP clients read no answer until they have sent their request: answered early, they
     * report a broken connection instead of the explanation. Past a sane size the connection is dropped.
     */
    private static void discardBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() <= MAX_DISCARDED_BYTES) {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
    }
}
