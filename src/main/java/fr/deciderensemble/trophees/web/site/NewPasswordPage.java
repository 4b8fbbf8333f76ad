package fr.deciderensemble.trophees.web.site;

import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.web.Messages;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * nouveau-mot-de-passe.xhtml?jeton=…: the link of a reset mail. Opening it only reads; the new password uses the
 * link up.
 */
@Named
@ViewScoped
public class NewPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String jeton;
    private String password;
    private boolean valid;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient Messages messages;

    public void load() {
        valid = accounts.resetHolds(jeton);
    }

    public String save() {
        return messages.attemptFor("password", () -> accounts.resetPassword(jeton, password), "reset.done")
                ? "/connexion.xhtml?faces-redirect=true" : null;
    }

    /** Unknown, used and expired links look alike. */
    public boolean isValid() {
        return valid;
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
