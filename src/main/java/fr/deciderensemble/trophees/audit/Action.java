package fr.deciderensemble.trophees.audit;

/** What the journal records; pages name each through the bundle key {@code audit.action.NAME}. */
public enum Action {
    ASSIGNED, UNASSIGNED, CONFLICT_RECORDED, CONFLICT_DECLARED, DEPUTY_NAMED, DEPUTY_REMOVED, CRITERIA_DEFINED, SHEET_SUBMITTED,
    STARS_OVERRIDDEN, DECIDED, DELIBERATION_CLOSED, DELIBERATION_REOPENED, JUROR_INVITED
}
