package fr.deciderensemble.trophees.web.site;

import fr.deciderensemble.trophees.account.Accounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** confirmation.xhtml?jeton=…: the link of the registration e-mail. */
@Named
@RequestScoped
public class ConfirmationPage {

    private String jeton;
    private boolean confirmed;

    @Inject
    private Accounts accounts;

    public void confirm() {
        confirmed = accounts.confirm(jeton);
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getJeton() {
        return jeton;
    }

    public void setJeton(String jeton) {
        this.jeton = jeton;
    }
}
