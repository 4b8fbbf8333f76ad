package fr.deciderensemble.trophees.palmares;

import java.util.List;

import fr.deciderensemble.trophees.candidacy.Attachments;
import fr.deciderensemble.trophees.candidacy.CoEditors;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Receipt;

/**
 * All that candidat/dossier.xhtml shows of one dossier, read in one call: where it stands, whether the edition still
 * takes submissions, its receipts (the latest first), its files and, while it may change, who writes it.
 */
public record CandidateDossier(Outcome outcome, boolean open, List<Receipt> receipts, Attachments.Listing files,
        CoEditors.Team team) {

    public Dossier dossier() {
        return outcome.dossier();
    }

    /** Whether the dossier is a form: a draft while the edition takes submissions; past that, a document. */
    public boolean editable() {
        return dossier().isDraft() && open;
    }

    /** Whether this submitted or withdrawn dossier may still be taken back or withdrawn: before the deadline. */
    public boolean mayChange() {
        return !dossier().isDraft() && open;
    }
}
