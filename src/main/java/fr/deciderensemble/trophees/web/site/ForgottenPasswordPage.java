package fr.deciderensemble.trophees.web.site;

import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** mot-de-passe.xhtml: asks for a reset link; the answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgottenPasswordPage {

    private String email;
    private boolean sent;

    @Inject
    private Accounts accounts;

    @Inject
    private Messages messages;

    public void send() {
        sent = messages.attemptFor("email", () -> accounts.requestPasswordReset(email), null);
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
