package fr.deciderensemble.trophees.web.site;

import java.io.IOException;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.account.Language;
import fr.deciderensemble.trophees.candidacy.Erasure;
import fr.deciderensemble.trophees.security.Authentication;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.LanguageChoice;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ExternalContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/**
 * compte.xhtml: whoever is logged in changes their name, language, address (used once the link mailed to the new
 * one is followed) and password. Each part is its own form, so that a refusal in one keeps the others untouched.
 */
@Named
@RequestScoped
public class AccountPage {

    private String displayName;
    private String language;
    private String newEmail;
    private String passwordForEmail;
    private String currentPassword;
    private String newPassword;
    private String passwordForDeletion;

    @Inject
    private Accounts accounts;

    @Inject
    private Erasure erasure;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    @Inject
    private Authentication authentication;

    private Account account;

    public void load() {
        Account mine = getAccount();
        displayName = mine.getDisplayName();
        language = mine.getLanguage().code();
    }

    public Account getAccount() {
        if (account == null) {
            account = user.account();
        }
        return account;
    }

    public String saveProfile() {
        Language chosen = Language.of(language);
        boolean saved = messages.attemptFor("displayName", () -> {
            accounts.rename(getAccount(), displayName);
            accounts.speak(getAccount(), chosen);
        }, null);
        if (!saved) {
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        LanguageChoice.use((HttpSession) context.getExternalContext().getSession(true), chosen);
        // Said in the language just chosen, which the next page speaks.
        context.getViewRoot().setLocale(chosen.locale());
        messages.add(FacesMessage.SEVERITY_INFO, "account.saved");
        return "/compte.xhtml?faces-redirect=true";
    }

    public String changeEmail() {
        return messages.attemptFor("newEmail",
                () -> accounts.requestEmailChange(getAccount(), newEmail, passwordForEmail), "account.email.sent")
                ? "/compte.xhtml?faces-redirect=true" : null;
    }

    /** The account's other sessions end; this one goes on. */
    public String changePassword() {
        if (!messages.attemptFor("newPassword",
                () -> accounts.changePassword(getAccount(), currentPassword, newPassword), "account.password.changed")) {
            return null;
        }
        authentication.keepAfterNewPassword(
                (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        return "/compte.xhtml?faces-redirect=true";
    }

    /**
     * A candidate deletes their account and all it holds, giving their password again after a confirmation: they
     * are logged out and told it is done.
     */
    public void deleteAccount() throws IOException, ServletException {
        if (!messages.attemptFor("passwordForDeletion",
                () -> erasure.eraseOwnAccount(getAccount(), passwordForDeletion), null)) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/compte-supprime.xhtml");
    }

    public String getPasswordForDeletion() {
        return passwordForDeletion;
    }

    public void setPasswordForDeletion(String passwordForDeletion) {
        this.passwordForDeletion = passwordForDeletion;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getPasswordForEmail() {
        return passwordForEmail;
    }

    public void setPasswordForEmail(String passwordForEmail) {
        this.passwordForEmail = passwordForEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
