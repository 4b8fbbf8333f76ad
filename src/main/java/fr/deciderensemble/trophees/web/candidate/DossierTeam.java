package fr.deciderensemble.trophees.web.candidate;

import java.io.Serializable;

import fr.deciderensemble.trophees.candidacy.CoEditors;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The team part of candidat/dossier.xhtml: the owner invites colleagues by e-mail and removes them; a co-editor sees
 * whose dossier they write. Its buttons redraw this part only, so that a text being typed in the form stays.
 */
@Named
@ViewScoped
public class DossierTeam implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private transient CoEditors.Team team;

    @Inject
    private DossierPage page;

    @Inject
    private transient CoEditors coEditors;

    @Inject
    private transient CurrentUser user;

    @Inject
    private transient Messages messages;

    public void invite() {
        if (messages.attemptFor("coEditorEmail", () -> coEditors.invite(page.getId(), user.account(), email),
                "coEditor.invited")) {
            email = null;
        }
        team = reread();
    }

    public void remove(long coEditorId) {
        messages.attempt(() -> coEditors.remove(coEditorId, user.account()), "coEditor.removed");
        team = reread();
    }

    public void cancel(long invitationId) {
        messages.attempt(() -> coEditors.cancel(invitationId, user.account()), "coEditor.cancelled");
        team = reread();
    }

    /** Whether this part shows: while the edition takes submissions, when a team still makes sense. */
    public boolean isShown() {
        return page.getDossier() != null && (page.isEditable() || page.isMayChange());
    }

    /** Whether the logged-in candidate owns the dossier, and so chooses its team. */
    public boolean isOwner() {
        return page.getDossier() != null && page.getDossier().belongsTo(user.account());
    }

    /** The team as the page read it at its load, or as read again since this part changed it. */
    public CoEditors.Team getTeam() {
        if (team == null) {
            team = page.getShown() != null ? page.getShown().team() : reread();
        }
        return team;
    }

    private CoEditors.Team reread() {
        return coEditors.of(page.getDossier());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
