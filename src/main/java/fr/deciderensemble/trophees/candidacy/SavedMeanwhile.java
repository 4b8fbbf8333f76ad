package fr.deciderensemble.trophees.candidacy;

import java.time.OffsetDateTime;

import fr.deciderensemble.trophees.platform.Refusal;

/**
 * A save held back because somebody (a co-editor, or the same person in another window) saved the dossier after
 * this form was loaded: saving would overwrite their text without anyone knowing. Says who and when.
 */
public class SavedMeanwhile extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String savedBy;
    private final OffsetDateTime savedAt;

    SavedMeanwhile(String savedBy, OffsetDateTime savedAt) {
        super(409, "dossier.savedMeanwhile");
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public OffsetDateTime savedAt() {
        return savedAt;
    }
}
