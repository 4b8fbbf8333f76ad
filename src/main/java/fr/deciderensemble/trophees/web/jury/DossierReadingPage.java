package fr.deciderensemble.trophees.web.jury;

import fr.deciderensemble.trophees.candidacy.Attachments;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.web.CurrentUser;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** jury/lecture.xhtml?id=…: the whole dossier, read-only, for whoever decides it (Jury.toDecide says who, when). */
@Named
@RequestScoped
public class DossierReadingPage {

    private long id;
    private Dossier dossier;
    private Attachments.Listing files;

    @Inject
    private Attachments attachments;

    @Inject
    private Jury jury;

    @Inject
    private CurrentUser user;

    @Inject
    private Messages messages;

    public void load() {
        dossier = messages.orNotFound(() -> jury.toDecide(id, user.account()));
        files = dossier == null ? null : attachments.listing(dossier);
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Attachments.Listing getFiles() {
        return files;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
