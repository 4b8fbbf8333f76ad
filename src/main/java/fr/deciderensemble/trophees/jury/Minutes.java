package fr.deciderensemble.trophees.jury;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * What the minutes (procès-verbal) of a deliberation say: when it was locked and by whom, who sat on the jury,
 * the conflicts declared, every decision with its rationale, and the laureates. Plain values, so that the document
 * is rendered, and tested, without a database.
 */
public record Minutes(int year, OffsetDateTime lockedAt, String president, List<Member> members,
        List<DeclaredConflict> conflicts, List<Entry> decisions) {

    public Minutes {
        members = List.copyOf(members);
        conflicts = List.copyOf(conflicts);
        decisions = decisions.stream().sorted(Comparator.comparing(Entry::dossier, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** A member of the jury and the work they did: dossiers assigned, sheets submitted. */
    public record Member(String name, boolean presiding, int assigned, int submitted) {
    }

    /** A conflict of interest, as staff recorded it or the juror declared it. */
    public record DeclaredConflict(String juror, String dossier, String reason, boolean declaredByJuror) {
    }

    /** The decision on one dossier; {@code deputy} names who decided in the conflicted president's place. */
    public record Entry(String dossier, String holder, Verdict verdict, String deputy) {
    }

    /** The awarded dossiers in the booklet's order: 4 stars first, then special mentions and jury prizes. */
    public List<Entry> laureates() {
        return decisions.stream().filter(entry -> entry.verdict().awarded())
                .sorted(Comparator.comparing((Entry entry) -> entry.verdict().recognition())).toList();
    }
}
