package fr.deciderensemble.trophees.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import fr.deciderensemble.trophees.platform.DatabaseSettings;
import fr.deciderensemble.trophees.platform.StatementCount;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * With {@code TROPHEES_SERVER_TIMING=true}, each page answers how many SQL statements it ran, in a
 * {@code Server-Timing: sql;desc="N statements"} header that browsers' developer tools show: how a page is proved
 * to cost the same whatever its rows. Off by default, as it holds each page whole in memory until it is counted.
 * The count starts when the request arrives, before the login is checked, so that it includes reading the account.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
@WebListener
public class ServerTiming extends HttpFilter implements ServletRequestListener {

    private static final long serialVersionUID = 1L;

    /** Read as the datasource reads it, which counts the statements only then. */
    private final boolean enabled = DatabaseSettings.from(System.getenv()).countStatements();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (enabled) {
            StatementCount.start();
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        StatementCount.stop();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        Held held = new Held(response);
        try {
            chain.doFilter(request, held);
        } finally {
            int statements = StatementCount.sinceStart();
            if (!response.isCommitted()) {
                response.setHeader("Server-Timing", "sql;desc=\"" + statements + " statements\"");
            }
            held.release();
        }
    }

    /** The answer kept in memory until the count is known, as a header must precede the body. */
    private static final class Held extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        Held(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        body.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public void flushBuffer() {
            // Held until released.
        }

        @Override
        public void setContentLength(int length) {
            // Set on release, from what was written.
        }

        @Override
        public void setContentLengthLong(long length) {
            // Set on release, from what was written.
        }

        /** Sends what was held, the way it was written: nothing for a redirect or an error already sent. */
        void release() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (body.size() == 0) {
                return;
            }
            if (!getResponse().isCommitted()) {
                getResponse().setContentLength(body.size());
            }
            if (writer != null) {
                getResponse().getWriter().write(body.toString(Charset.forName(getCharacterEncoding())));
            } else {
                body.writeTo(getResponse().getOutputStream());
            }
        }
    }
}
