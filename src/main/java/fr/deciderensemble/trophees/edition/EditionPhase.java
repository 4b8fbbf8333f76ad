package fr.deciderensemble.trophees.edition;

/** Where an edition stands in its yearly cycle; the edition's process moves it along. */
public enum EditionPhase {
    PREPARATION, SUBMISSION, ADMISSIBILITY, SCORING, DELIBERATION, AWAITING_CEREMONY, PUBLISHED, CLOSED;

    public boolean resultsArePublic() {
        return this == PUBLISHED || this == CLOSED;
    }
}
