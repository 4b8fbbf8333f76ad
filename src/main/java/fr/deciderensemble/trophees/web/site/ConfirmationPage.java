package fr.deciderensemble.trophees.web.site;

import java.io.Serializable;

import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.account.Accounts.Confirmed;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * confirmation.xhtml?jeton=…: the link of a registration mail, of one sent again, or of a new address. Opening it
 * confirms nothing, as mail filters open links to inspect them: the owner presses a button. Without a working link
 * the page offers to send a new one. Kept for the view: the button's postback must still know the link was good.
 */
@Named
@ViewScoped
public class ConfirmationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String jeton;
    private boolean linkWorks;
    private Confirmed confirmed = Confirmed.NOTHING;
    private boolean pressed;
    private String email;
    private boolean resent;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient Messages messages;

    public void load() {
        linkWorks = jeton != null && accounts.confirmable(jeton);
    }

    public void confirm() {
        pressed = true;
        confirmed = jeton == null ? Confirmed.NOTHING : accounts.confirm(jeton);
    }

    /** Answers alike whether or not the address has an account waiting for confirmation. */
    public void resend() {
        resent = messages.attemptFor("email", () -> accounts.resendConfirmation(email), "confirm.resent");
    }

    public boolean isConfirmed() {
        return confirmed == Confirmed.ACCOUNT;
    }

    public boolean isNewAddress() {
        return confirmed == Confirmed.NEW_ADDRESS;
    }

    /** A link that waits for its owner to confirm. */
    public boolean isAwaiting() {
        return linkWorks && !pressed;
    }

    /** A link was followed that confirms nothing: unknown, used or expired. */
    public boolean isFailed() {
        return jeton != null && (pressed ? confirmed == Confirmed.NOTHING : !linkWorks);
    }

    public boolean isResent() {
        return resent;
    }

    public String getJeton() {
        return jeton;
    }

    public void setJeton(String jeton) {
        this.jeton = jeton;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
