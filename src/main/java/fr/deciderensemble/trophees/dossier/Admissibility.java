package fr.deciderensemble.trophees.dossier;

public enum Admissibility {
    PENDING, ADMISSIBLE, INADMISSIBLE
}
