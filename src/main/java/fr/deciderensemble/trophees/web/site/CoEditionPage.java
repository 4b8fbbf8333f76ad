package fr.deciderensemble.trophees.web.site;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import fr.deciderensemble.trophees.candidacy.CoEditors;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * co-edition.xhtml?jeton=…: the link a dossier's owner mailed to a colleague. Opening it only reads (who invites, to
 * which dossier); a visitor not logged in is offered to log in or register and come back; a candidate joins with a
 * button, which uses the link up.
 */
@Named
@ViewScoped
public class CoEditionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String jeton;
    private CoEditors.Invitation invitation;

    @Inject
    private transient CoEditors coEditors;

    @Inject
    private transient CurrentUser user;

    @Inject
    private transient Messages messages;

    public void load() {
        invitation = coEditors.look(jeton).orElse(null);
    }

    public String accept() {
        long[] dossier = new long[1];
        return messages.attempt(() -> dossier[0] = coEditors.accept(jeton, user.account()), "coEditor.joined")
                ? "/candidat/dossier.xhtml?faces-redirect=true&id=" + dossier[0] : null;
    }

    /** Whether the link still opens an invitation: unknown, used and expired links all look alike. */
    public boolean isValid() {
        return invitation != null;
    }

    public CoEditors.Invitation getInvitation() {
        return invitation;
    }

    /** The login page, which brings the visitor back here once logged in. */
    public String getLoginLink() {
        return "/connexion.xhtml?retour=" + URLEncoder.encode("/co-edition.xhtml?jeton=" + jeton, StandardCharsets.UTF_8);
    }

    public String getJeton() {
        return jeton;
    }

    public void setJeton(String jeton) {
        this.jeton = jeton;
    }
}
