package fr.deciderensemble.trophees.jury;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.audit.Action;
import fr.deciderensemble.trophees.audit.AuditLog;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.EditionProcess;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.platform.Refusal;
import fr.deciderensemble.trophees.platform.Text;
import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The score sheets: the criteria staff define for an edition, and each juror's sheet on each dossier, saved as a
 * draft then submitted. Criteria are frozen once a sheet is submitted, so that every sheet of an edition is read
 * against the same grid.
 */
@ApplicationScoped
@Transactional
public class ScoreSheets {

    /** The programme's own criteria, for an edition whose staff have not defined theirs. */
    static final List<Line> DEFAULTS = List.of(new Line(null, "Qualité de la démarche participative", 3),
            new Line(null, "Inclusion des publics", 2), new Line(null, "Effet sur la décision", 3),
            new Line(null, "Innovation", 1), new Line(null, "Reproductibilité", 1));
    public static final int MAX_CRITERIA = 12;
    public static final int MAX_WEIGHT = 100;
    static final int MAX_COMMENT = 5000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Editions editions;

    @Inject
    private EditionProcess process;

    @Inject
    private Jury jury;

    @Inject
    private AuditLog audit;

    /** A criterion as staff type it and pages show it; its id is null until it is stored. */
    public record Line(Long id, String label, Integer weight) {

        /** Whether a juror reading the other would rate the same thing with the same weight. */
        boolean sameAs(Line other) {
            return label.equals(other.label()) && weight.equals(other.weight());
        }
    }

    /**
     * What a juror typed on a sheet: one rating and comment per criterion, in the order of the grid they were shown,
     * which must still be the edition's.
     */
    public record Input(List<Line> grid, List<Integer> scores, List<String> comments, String comment,
            Integer overrideStars, String overrideReason) {
    }

    /**
     * One of the juror's sheets, with the edition's grid, the ratings saved so far (null where none) and whether the
     * process still takes scores and conflicts, so that the page offers a form only where it would be accepted.
     */
    public record Sheet(Assignment assignment, List<Line> criteria, List<Rating> ratings, boolean scoringOpen,
            boolean conflictsOpen) {

        /** Whether the juror may still change the sheet: scoring open and the sheet not yet submitted. */
        public boolean editable() {
            return scoringOpen && !assignment.isProposed();
        }
    }

    /** The edition's criteria: those staff defined, or the programme's until then. */
    public List<Line> grid(Edition edition) {
        return grid(criteria(edition));
    }

    private static List<Line> grid(List<Criterion> stored) {
        return stored.isEmpty() ? DEFAULTS : lines(stored);
    }

    /** Whether a sheet of the edition has been submitted, which freezes its criteria. */
    public boolean frozen(Edition edition) {
        return em.createQuery("select count(a) from Assignment a where a.dossier.edition = :edition"
                + " and a.proposedAt is not null", Long.class).setParameter("edition", edition).getSingleResult() > 0;
    }

    /**
     * Staff define the criteria, in order; blank lines are dropped. A criterion keeps its id, so that the drafts
     * already rated keep their ratings of the criteria that stay, and only those of a removed one go.
     */
    public void define(long editionId, List<Line> typed) {
        Edition edition = editions.find(editionId);
        em.lock(edition, LockModeType.PESSIMISTIC_WRITE);
        if (!process.waitingFor(edition).forAssignments()) {
            throw new Refusal(409, "jury.criteria.closed");
        }
        if (frozen(edition)) {
            throw new Refusal(409, "jury.criteria.frozen");
        }
        List<Line> lines = validated(typed);
        List<Criterion> stored = criteria(edition);
        audit.record(edition, Action.CRITERIA_DEFINED, null, journalText(grid(stored)), journalText(lines));
        Map<Long, Criterion> byId = stored.stream().collect(Collectors.toMap(Criterion::getId, Function.identity()));
        Set<Long> kept = lines.stream().map(Line::id).filter(byId::containsKey).collect(Collectors.toSet());
        stored.stream().filter(criterion -> !kept.contains(criterion.getId())).forEach(em::remove);
        for (int position = 0; position < lines.size(); position++) {
            Line line = lines.get(position);
            if (kept.contains(line.id())) {
                byId.get(line.id()).change(position, line.label(), line.weight());
            } else {
                em.persist(new Criterion(edition, position, line.label(), line.weight()));
            }
        }
    }

    public Sheet sheet(long assignmentId, Account juror) {
        Assignment assignment = jury.assignment(assignmentId, juror);
        List<Criterion> stored = criteria(assignment.getDossier().getEdition());
        List<Rating> ratings = stored.isEmpty() ? Collections.nCopies(DEFAULTS.size(), null)
                : stored.stream().map(criterion -> assignment.getRatings().get(criterion.getId())).toList();
        var now = process.waitingFor(assignment.getDossier().getEdition());
        return new Sheet(assignment, grid(stored), ratings, now.forScores(), now.forAssignments());
    }

    /** Keeps what the juror rated so far, complete or not. */
    public void saveDraft(long assignmentId, Account juror, long version, Input input) {
        write(assignmentId, juror, version, input, false);
    }

    /**
     * Submits the sheet: every criterion rated; the stars proposed are those of the weighted score unless the juror
     * overrides them, with a reason. A submitted sheet no longer changes.
     */
    public void submit(long assignmentId, Account juror, long version, Input input) {
        write(assignmentId, juror, version, input, true);
    }

    private void write(long assignmentId, Account juror, long version, Input input, boolean submitting) {
        Assignment assignment = jury.assignment(assignmentId, juror);
        Edition edition = assignment.getDossier().getEdition();
        if (!process.waitingFor(edition).forScores()) {
            throw new Refusal(409, "jury.scoring.closed");
        }
        if (assignment.isProposed()) {
            throw new Refusal(409, "jury.sheet.submitted");
        }
        if (assignment.getVersion() != version) {
            throw new Refusal(409, "jury.sheet.stale");
        }
        List<Criterion> criteria = criteria(edition);
        if (criteria.isEmpty() || submitting) {
            // The first sheet saved stores the programme's grid; two at once must not store it twice. A sheet sent
            // freezes the grid: it waits for staff changing it (define holds the same lock), then rates the grid
            // as it stands.
            em.lock(edition, LockModeType.PESSIMISTIC_WRITE);
            criteria = criteria(edition);
        }
        if (criteria.isEmpty()) {
            criteria = IntStream.range(0, DEFAULTS.size()).mapToObj(position -> {
                Criterion criterion = new Criterion(edition, position, DEFAULTS.get(position).label(),
                        DEFAULTS.get(position).weight());
                em.persist(criterion);
                return criterion;
            }).toList();
            // Ratings name their criterion by id, a link EclipseLink cannot order its inserts by: the criteria go first.
            em.flush();
        }
        List<Line> current = lines(criteria);
        if (input.grid().size() != current.size() || input.scores().size() != current.size()
                || IntStream.range(0, current.size()).anyMatch(i -> !current.get(i).sameAs(input.grid().get(i)))) {
            throw new Refusal(409, "jury.criteria.changed");
        }
        Map<Long, Rating> ratings = new HashMap<>();
        List<ScoreSheet.Line> lines = new ArrayList<>();
        for (int index = 0; index < criteria.size(); index++) {
            Integer score = input.scores().get(index);
            if (score != null && (score < ScoreSheet.LOWEST || score > ScoreSheet.HIGHEST)) {
                throw new Refusal("jury.rating.outOfRange");
            }
            String note = Text.accepted(index < input.comments().size() ? input.comments().get(index) : null,
                    TextLimits.ITEM, true, "jury.rating.commentTooLong");
            if (score != null) {
                ratings.put(criteria.get(index).getId(), new Rating(score, note));
            }
            lines.add(new ScoreSheet.Line(criteria.get(index).getWeight(), score));
        }
        String comment = Text.accepted(input.comment(), MAX_COMMENT, true, "jury.comment.tooLong");
        Integer chosen = input.overrideStars();
        if (chosen != null && (chosen < 0 || chosen > ScoreSheet.HIGHEST)) {
            throw new Refusal("jury.stars.outOfRange");
        }
        String reason = Text.accepted(input.overrideReason(), TextLimits.ITEM, true, "jury.override.reasonTooLong");
        if (!submitting) {
            assignment.saveDraft(ratings, comment, chosen, reason);
        } else {
            double weighted = ScoreSheet.weighted(lines).orElseThrow(() -> new Refusal("jury.sheet.incomplete"));
            int computed = ScoreSheet.stars(weighted);
            int stars = chosen == null ? computed : chosen;
            if (stars != computed && reason == null) {
                throw new Refusal("jury.override.reasonMissing");
            }
            assignment.submit(ratings, comment, weighted, stars, stars == computed ? null : reason);
            String subject = assignment.getDossier().getTitle() + " — " + juror.getDisplayName();
            audit.record(edition, Action.SHEET_SUBMITTED, subject, null,
                    String.format(Locale.FRANCE, "%s, note pondérée %.2f", Verdict.stars(stars), weighted));
            if (stars != computed) {
                audit.record(edition, Action.STARS_OVERRIDDEN, subject, Verdict.stars(computed),
                        Verdict.stars(stars) + " : " + reason);
            }
        }
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new Refusal(409, "jury.sheet.stale");
        }
    }

    /** A grid as the journal writes it: "Qualité de la démarche participative ×3, Innovation ×1". */
    private static String journalText(List<Line> lines) {
        return lines.stream().map(line -> line.label() + " ×" + line.weight()).collect(Collectors.joining(", "));
    }

    private static List<Line> validated(List<Line> typed) {
        List<Line> lines = new ArrayList<>();
        for (Line line : typed) {
            String label = Text.accepted(line.label(), TextLimits.SHORT, false, "jury.criteria.labelTooLong");
            if (label == null && line.weight() == null) {
                continue;
            }
            if (label == null) {
                throw new Refusal("jury.criteria.labelMissing");
            }
            if (line.weight() == null || line.weight() < 1 || line.weight() > MAX_WEIGHT) {
                throw new Refusal("jury.criteria.weight");
            }
            lines.add(new Line(line.id(), label, line.weight()));
        }
        if (lines.isEmpty()) {
            throw new Refusal("jury.criteria.none");
        }
        if (lines.size() > MAX_CRITERIA) {
            throw new Refusal("jury.criteria.tooMany");
        }
        return lines;
    }

    private static List<Line> lines(List<Criterion> criteria) {
        return criteria.stream().map(c -> new Line(c.getId(), c.getLabel(), c.getWeight())).toList();
    }

    /** The criteria staff stored for the edition, in order; none until a sheet or staff stored them. */
    public List<Criterion> criteria(Edition edition) {
        return em.createNamedQuery("Criterion.ofEdition", Criterion.class).setParameter("edition", edition)
                .getResultList();
    }
}
