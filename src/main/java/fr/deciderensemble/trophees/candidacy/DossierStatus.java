package fr.deciderensemble.trophees.candidacy;

public enum DossierStatus {
    DRAFT, SUBMITTED
}
