package fr.deciderensemble.trophees.candidacy;

import java.time.OffsetDateTime;

import fr.deciderensemble.trophees.platform.Refusal;

/** A submission that came after the edition stopped taking them: says the exact deadline. */
public class DeadlinePassed extends Refusal {

    private static final long serialVersionUID = 1L;

    private final OffsetDateTime deadline;

    DeadlinePassed(OffsetDateTime deadline) {
        super(409, "dossier.deadlinePassed");
        this.deadline = deadline;
    }

    public OffsetDateTime deadline() {
        return deadline;
    }
}
