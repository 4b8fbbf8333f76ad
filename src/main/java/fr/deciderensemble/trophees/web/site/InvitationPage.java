package fr.deciderensemble.trophees.web.site;

import java.io.Serializable;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * invitation.xhtml?jeton=…: the link of a juror's invitation. Opening it only reads; the juror's chosen password
 * opens the account, after which they log in like anybody.
 */
@Named
@ViewScoped
public class InvitationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String jeton;
    private String name;
    private String email;
    private String password;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient Messages messages;

    public void load() {
        accounts.invited(jeton).ifPresent(this::show);
    }

    private void show(Account invited) {
        name = invited.getDisplayName();
        email = invited.getEmail();
    }

    public String accept() {
        return messages.attemptFor("password", () -> accounts.acceptInvitation(jeton, password),
                "invitation.accepted") ? "/connexion.xhtml?faces-redirect=true" : null;
    }

    /** Whether the link still opens an invitation: unknown, used and expired links all look alike. */
    public boolean isValid() {
        return email != null;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getJeton() {
        return jeton;
    }

    public void setJeton(String jeton) {
        this.jeton = jeton;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
