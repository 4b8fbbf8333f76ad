package fr.deciderensemble.trophees.candidacy;

/** Where a dossier stands for its candidate: being written, submitted to the jury, or withdrawn by its candidate. */
public enum DossierStatus {
    DRAFT, SUBMITTED, WITHDRAWN
}
