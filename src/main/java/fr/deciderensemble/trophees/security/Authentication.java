package fr.deciderensemble.trophees.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.platform.Database;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login for the pages (the login page hands the credential over through
 * {@code SecurityContext.authenticate}), HTTP Basic for the API. Only confirmed accounts log in.
 */
@ApplicationScoped
@AutoApplySession
@DeclareRoles({"CANDIDATE", "JUROR", "JURY_PRESIDENT", "STAFF"})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = Database.JNDI_NAME,
        callerQuery = "select password_hash from account where email = ? and confirmed = true",
        groupsQuery = "select role from account where email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class Authentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/connexion.xhtml";
    private static final String BASIC = "Basic ";

    @Inject
    private IdentityStoreHandler identities;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential given = context.getAuthParameters().getCredential();
        if (given instanceof UsernamePasswordCredential credential) {
            CredentialValidationResult result = validate(credential);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return basic(request, response, context);
        }
        if (context.isProtected()) {
            String target = request.getRequestURI().substring(request.getContextPath().length());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?retour="
                    + java.net.URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            String decoded = decode(header.substring(BASIC.length()).strip());
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                CredentialValidationResult result = validate(new UsernamePasswordCredential(
                        decoded.substring(0, colon), decoded.substring(colon + 1)));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Trophees\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return identities.validate(new UsernamePasswordCredential(Accounts.normalise(credential.getCaller()),
                credential.getPassword()));
    }

    private static String decode(String encoded) {
        try {
            return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
