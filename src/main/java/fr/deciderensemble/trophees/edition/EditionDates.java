package fr.deciderensemble.trophees.edition;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The four dates that drive an edition's timers. */
public record EditionDates(OffsetDateTime callOpensAt, OffsetDateTime submissionDeadline,
        OffsetDateTime scoringDeadline, OffsetDateTime ceremonyAt) {

    /** Message keys of what is wrong with these dates, in the order a user reads the form. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (callOpensAt == null || submissionDeadline == null || scoringDeadline == null || ceremonyAt == null) {
            problems.add("edition.dates.missing");
            return problems;
        }
        if (!submissionDeadline.isAfter(callOpensAt)) {
            problems.add("edition.dates.deadlineBeforeOpening");
        }
        if (!scoringDeadline.isAfter(submissionDeadline)) {
            problems.add("edition.dates.scoringBeforeDeadline");
        }
        if (!ceremonyAt.isAfter(scoringDeadline)) {
            problems.add("edition.dates.ceremonyBeforeScoring");
        }
        return problems;
    }
}
