package fr.deciderensemble.trophees.web.site;

import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.account.Accounts.Confirmed;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * confirmation.xhtml?jeton=…: the link of a registration mail, of one sent again, or of a new address. Without a
 * working link the page offers to send a new one.
 */
@Named
@RequestScoped
public class ConfirmationPage {

    private String jeton;
    private Confirmed confirmed = Confirmed.NOTHING;
    private String email;
    private boolean resent;

    @Inject
    private Accounts accounts;

    @Inject
    private Messages messages;

    public void confirm() {
        if (jeton == null) {
            return;
        }
        confirmed = accounts.confirm(jeton);
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

    /** A link was followed and confirmed nothing: unknown, used or expired. */
    public boolean isFailed() {
        return jeton != null && confirmed == Confirmed.NOTHING;
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
