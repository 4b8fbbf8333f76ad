package fr.deciderensemble.trophees.web.site;

import java.io.IOException;

import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.security.Authentication;
import fr.deciderensemble.trophees.security.Login;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.LanguageChoice;
import fr.deciderensemble.trophees.web.Messages;
import fr.deciderensemble.trophees.web.SameSite;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * connexion.xhtml: hands the credential to {@link Authentication}, then goes where the user was heading, in their
 * account's language.
 */
@Named
@RequestScoped
public class LoginPage {

    private String email;
    private String password;
    private String retour;

    @Inject
    private SecurityContext security;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    @Inject
    private Accounts accounts;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email == null ? "" : email,
                                password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            accounts.byEmail(email).ifPresent(account -> LanguageChoice
                    .use((HttpSession) external.getSession(true), account.getLanguage()));
            external.redirect(external.getRequestContextPath() + (isLocal(retour) ? retour : user.home()));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            refused((Login) external.getRequestMap().get(Authentication.REFUSED_LOGIN));
        }
    }

    private void refused(Login login) {
        if (login == null || login.outcome() == Login.Outcome.REFUSED) {
            messages.add(FacesMessage.SEVERITY_ERROR, "login.failed");
        } else if (login.outcome() == Login.Outcome.THROTTLED) {
            messages.add(FacesMessage.SEVERITY_ERROR, "login.throttled.page", login.retryAfterSeconds());
        } else {
            messages.add(FacesMessage.SEVERITY_ERROR, "login.busy");
        }
    }

    /** Only paths of this application: a login link must not send anybody elsewhere. */
    static boolean isLocal(String target) {
        return SameSite.isPath(target) && !target.startsWith(Authentication.LOGIN_PAGE);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRetour() {
        return retour;
    }

    public void setRetour(String retour) {
        this.retour = retour;
    }
}
