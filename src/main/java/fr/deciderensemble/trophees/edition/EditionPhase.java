package fr.deciderensemble.trophees.edition;

/** Where an edition stands in its yearly cycle; the edition's process moves it along. */
public enum EditionPhase {
    PREPARATION, SUBMISSION, ADMISSIBILITY, SCORING, DELIBERATION, AWAITING_CEREMONY, PUBLISHED, CLOSED;

    /** From scoring on, staff have judged every dossier's admissibility: candidates may know it. */
    public boolean admissibilityIsSettled() {
        return compareTo(SCORING) >= 0;
    }

    public boolean resultsArePublic() {
        return this == PUBLISHED || this == CLOSED;
    }

    /** From the end of the deliberation on, the jury's awards no longer change. */
    public boolean awardsAreSettled() {
        return compareTo(AWAITING_CEREMONY) >= 0;
    }
}
