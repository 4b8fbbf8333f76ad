package fr.deciderensemble.trophees.web.staff;

import java.io.Serializable;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.account.Accounts;
import fr.deciderensemble.trophees.account.Role;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.candidacy.Erasure;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * equipe/donnees.xhtml: staff answer a candidate's written request about their data, finding the account by its
 * address, then exporting it (the same ZIP the candidate gets) or erasing it (the same erasure), after a confirmation.
 */
@Named
@ViewScoped
public class PersonalDataPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private Long accountId;
    private String summary;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient Dossiers dossiers;

    @Inject
    private transient Erasure erasure;

    @Inject
    private transient Messages messages;

    public void find() {
        accountId = null;
        summary = null;
        Account account = accounts.byEmail(email).filter(found -> found.getRole() == Role.CANDIDATE).orElse(null);
        if (account == null) {
            messages.addFor("email", "personalData.notFound");
            return;
        }
        accountId = account.getId();
        summary = Messages.format(FacesContext.getCurrentInstance(), "personalData.found", account.getDisplayName(),
                account.getEmail(), dossiers.of(account).size());
    }

    public void erase() {
        if (accountId != null && messages.attempt(() -> erasure.eraseAccount(accountId), "personalData.erased")) {
            accountId = null;
            summary = null;
            email = null;
        }
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSummary() {
        return summary;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
