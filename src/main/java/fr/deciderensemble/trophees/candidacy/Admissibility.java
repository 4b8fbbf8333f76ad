package fr.deciderensemble.trophees.candidacy;

public enum Admissibility {
    PENDING, ADMISSIBLE, INADMISSIBLE
}
