package fr.deciderensemble.trophees.palmares;

import java.time.OffsetDateTime;

import fr.deciderensemble.trophees.candidacy.Admissibility;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.DossierStatus;
import fr.deciderensemble.trophees.jury.Recognition;

/**
 * Where a dossier stands as its candidate may know it: nothing of the admissibility before staff close its review,
 * nothing of the awards before the results are public. The stage's key names its text in the bundles.
 */
public record Outcome(Dossier dossier, Stage stage, Recognition recognition, String recognitionTitle) {

    /** What the candidate is told, in the order a dossier goes through them. */
    public enum Stage {
        DRAFT, NOT_SUBMITTED, WITHDRAWN, SUBMITTED, INADMISSIBLE, UNDER_REVIEW, AWARDED, NOT_AWARDED
    }

    /** The outcome of a dossier, given the laureate it became, if any. */
    static Outcome of(Dossier dossier, Laureate laureate) {
        DossierStatus status = dossier.getStatus();
        boolean open = dossier.getEdition().acceptsSubmissions(OffsetDateTime.now());
        if (status == DossierStatus.DRAFT) {
            return new Outcome(dossier, open ? Stage.DRAFT : Stage.NOT_SUBMITTED, null, null);
        }
        if (status == DossierStatus.WITHDRAWN) {
            return new Outcome(dossier, Stage.WITHDRAWN, null, null);
        }
        if (!dossier.getEdition().admissibilityIsSettled()) {
            return new Outcome(dossier, Stage.SUBMITTED, null, null);
        }
        if (dossier.getAdmissibility() != Admissibility.ADMISSIBLE) {
            return new Outcome(dossier, Stage.INADMISSIBLE, null, null);
        }
        if (!dossier.getEdition().resultsArePublic()) {
            return new Outcome(dossier, Stage.UNDER_REVIEW, null, null);
        }
        return laureate == null ? new Outcome(dossier, Stage.NOT_AWARDED, null, null)
                : new Outcome(dossier, Stage.AWARDED, laureate.getRecognition(), laureate.getRecognitionTitle());
    }

    /** The reason staff gave, shown only with a refusal. */
    public String getReason() {
        return stage == Stage.INADMISSIBLE ? dossier.getAdmissibilityReason() : null;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Stage getStage() {
        return stage;
    }

    public Recognition getRecognition() {
        return recognition;
    }

    public String getRecognitionTitle() {
        return recognitionTitle;
    }
}
