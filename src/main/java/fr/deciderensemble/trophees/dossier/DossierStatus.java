package fr.deciderensemble.trophees.dossier;

public enum DossierStatus {
    DRAFT, SUBMITTED
}
