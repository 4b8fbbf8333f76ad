package fr.deciderensemble.trophees.web.staff;

import fr.deciderensemble.trophees.candidacy.Attachments;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** equipe/dossier.xhtml?id=…: a submitted dossier, read-only, opened from the edition page. */
@Named
@RequestScoped
public class StaffDossierPage {

    private long id;
    private Dossier dossier;
    private Attachments.Listing files;

    @Inject
    private Attachments attachments;

    @Inject
    private Dossiers dossiers;

    @Inject
    private Messages messages;

    public void load() {
        dossier = messages.orNotFound(() -> dossiers.submittedOne(id));
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
