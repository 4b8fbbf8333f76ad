package fr.deciderensemble.trophees.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import fr.deciderensemble.trophees.platform.Problem;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Form login for the pages (the login page hands the credential over through {@code SecurityContext.authenticate}),
 * HTTP Basic for the API. A login stores who signed in in the session ({@link SignedIn}, an immutable value), and
 * every later request of that session reads the account by that id to tell the container who calls: a value is
 * replaced, never changed in place, so parallel requests of one user can never see each other half-done.
 */
@ApplicationScoped
@DeclareRoles({"CANDIDATE", "JUROR", "JURY_PRESIDENT", "STAFF"})
public class Authentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/connexion.xhtml";
    public static final String CHALLENGE = "Basic realm=\"Trophees\", charset=\"UTF-8\"";
    /** The {@link Login} of a refused attempt of this request, for the login page to explain. */
    public static final String REFUSED_LOGIN = Authentication.class.getName() + ".refused";
    private static final String BASIC_PROOF = Authentication.class.getName() + ".basic";
    private static final String SESSION_KEY = SignedIn.class.getName();
    private static final String RESOURCES = "/jakarta.faces.resource";
    private static final String BASIC = "Basic ";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private Logins logins;

    /** Whether this very request carried HTTP Basic credentials that were checked and valid. */
    public static boolean provedWithBasic(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(BASIC_PROOF));
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return formLogin(request, credential, context);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return api(request, response, context);
        }
        SignedIn caller = signedIn(request);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.email(), caller.roles());
        }
        if (context.isProtected()) {
            String query = request.getQueryString();
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (query == null ? "" : "?" + query);
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?retour="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, UsernamePasswordCredential credential,
            HttpMessageContext context) {
        Login login = logins.attempt(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
        if (login.outcome() != Login.Outcome.SIGNED_IN) {
            request.setAttribute(REFUSED_LOGIN, login);
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at login: an id planted in a visitor's browser before must not become theirs.
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_KEY, login.caller());
        return context.notifyContainerAboutLogin(login.caller().email(), login.caller().roles());
    }

    /**
     * Any Authorization header is checked, and a wrong one refused even beside a valid session. A staff member's
     * session is enough only to read (the staff pages link to the annual report); writes need Basic credentials.
     */
    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null) {
            return basic(header, request, response, context);
        }
        SignedIn caller = signedIn(request);
        if (caller != null && SAFE.contains(request.getMethod())) {
            return context.notifyContainerAboutLogin(caller.email(), caller.roles());
        }
        return context.isProtected() ? unauthorized(response) : context.doNothing();
    }

    private AuthenticationStatus basic(String header, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String decoded = header.regionMatches(true, 0, BASIC, 0, BASIC.length())
                ? decode(header.substring(BASIC.length()).strip()) : "";
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return unauthorized(response);
        }
        Login login = logins.attempt(decoded.substring(0, colon), decoded.substring(colon + 1), request.getRemoteAddr());
        return switch (login.outcome()) {
            case SIGNED_IN -> {
                request.setAttribute(BASIC_PROOF, Boolean.TRUE);
                yield context.notifyContainerAboutLogin(login.caller().email(), login.caller().roles());
            }
            case REFUSED -> unauthorized(response);
            case THROTTLED -> retryLater(response, 429, "login.throttled", login);
            case BUSY -> retryLater(response, 503, "login.busy", login);
        };
    }

    /** The session's caller as their account now stands; none once the account is gone. */
    private SignedIn signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SignedIn kept = kept(session);
        // A script or a style sheet shows nobody's data: it is served without a read of the account.
        if (kept == null || request.getServletPath().startsWith(RESOURCES)) {
            return kept;
        }
        SignedIn now = logins.current(kept).orElse(null);
        if (now == null) {
            session.invalidate();
        } else if (!now.equals(kept)) {
            session.setAttribute(SESSION_KEY, now);
        }
        return now;
    }

    /**
     * After this session's caller chose a new password: their other sessions end, this one goes on under the new
     * password, with a new id.
     */
    public void keepAfterNewPassword(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        SignedIn kept = kept(session);
        if (kept != null) {
            logins.renewed(kept).ifPresent(now -> session.setAttribute(SESSION_KEY, now));
            request.changeSessionId();
        }
    }

    /** Who the session was opened for, as last stored; none without a session or a login. */
    private static SignedIn kept(HttpSession session) {
        return session == null ? null : (SignedIn) session.getAttribute(SESSION_KEY);
    }

    /** The container's 401, which the error page turns into a problem document for the API. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        try {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus retryLater(HttpServletResponse response, int status, String key, Login login) {
        response.setHeader("Retry-After", String.valueOf(login.retryAfterSeconds()));
        try {
            Problem.of(status, List.of(key)).send(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String decode(String encoded) {
        try {
            return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
