package fr.deciderensemble.trophees.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.booklet.Booklet;
import fr.deciderensemble.trophees.booklet.Booklets;
import fr.deciderensemble.trophees.candidacy.Admissibility;
import fr.deciderensemble.trophees.candidacy.Department;
import fr.deciderensemble.trophees.candidacy.Dossier;
import fr.deciderensemble.trophees.candidacy.Dossiers;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.edition.EditionClosed;
import fr.deciderensemble.trophees.edition.Editions;
import fr.deciderensemble.trophees.jury.Assignment;
import fr.deciderensemble.trophees.jury.Jury;
import fr.deciderensemble.trophees.jury.Recognition;
import fr.deciderensemble.trophees.platform.ParisTime;
import fr.deciderensemble.trophees.report.AnnualReport.Awards;
import fr.deciderensemble.trophees.report.AnnualReport.Breakdown;
import fr.deciderensemble.trophees.report.AnnualReport.JurorActivity;
import fr.deciderensemble.trophees.report.AnnualReport.SubmissionDay;
import fr.deciderensemble.trophees.report.AnnualReport.YearFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Counts an edition's figures for its annual report. What the data does not record (anything of an imported
 * edition but its laureates and the dossiers its year published) is left out, and the report prints "non renseigné".
 */
@ApplicationScoped
@Transactional
public class AnnualReports {

    @Inject
    private Editions editions;

    @Inject
    private Dossiers dossiers;

    @Inject
    private Jury jury;

    @Inject
    private Booklets booklets;

    private static final Logger LOG = Logger.getLogger(AnnualReports.class.getName());

    @PersistenceContext
    private EntityManager em;

    /**
     * Keeps the report as its edition closes, in the closing's transaction: the retention period will erase the
     * dossiers the jury did not award, which the report counts.
     */
    void keepAtClose(@Observes EditionClosed closed) {
        Edition edition = editions.find(closed.editionId());
        if (em.find(ClosingReport.class, edition.getId()) != null) {
            return;
        }
        AnnualReport report = of(edition);
        byte[] pdf;
        try {
            pdf = AnnualReportPdf.render(report);
        } catch (RuntimeException unprintable) {
            // The edition closes all the same: staff keep the report as the data stand, and the log says why.
            LOG.log(Level.SEVERE, "The annual report of " + edition.getYear() + " could not be kept at its close",
                    unprintable);
            return;
        }
        em.persist(new ClosingReport(edition.getId(), pdf, AnnualReportCsv.write(report),
                report.dossiersSubmitted().orElse(0)));
    }

    /** The report as a PDF: the one kept at the close once the edition is closed, else as the data stand. */
    public byte[] pdf(Edition edition) {
        ClosingReport kept = em.find(ClosingReport.class, edition.getId());
        return kept != null ? kept.getPdf() : AnnualReportPdf.render(of(edition));
    }

    /** The same figures for a spreadsheet, kept at the close in the same way. */
    public byte[] csv(Edition edition) {
        ClosingReport kept = em.find(ClosingReport.class, edition.getId());
        return kept != null ? kept.getCsv() : AnnualReportCsv.write(of(edition));
    }

    public AnnualReport of(Edition edition) {
        List<Dossier> submitted = dossiers.submitted(edition);
        List<Dossier> admissible = submitted.stream()
                .filter(d -> d.getAdmissibility() == Admissibility.ADMISSIBLE).toList();
        // An imported edition brings its laureates, not the dossiers it received.
        return new AnnualReport(edition.getYear(), edition.getNumber(), recorded(edition, submitted.size()),
                recorded(edition, admissible.size()),
                awards(booklets.of(edition)), breakdowns(submitted), jurorActivity(edition),
                submissionDays(edition, submitted), history(edition.getYear()));
    }

    private static OptionalInt recorded(Edition edition, int dossiers) {
        return edition.isImported() ? OptionalInt.empty() : OptionalInt.of(dossiers);
    }

    static Awards awards(Booklet booklet) {
        Map<Recognition, Long> counts = booklet.laureates().stream()
                .collect(Collectors.groupingBy(Booklet.Laureate::recognition, Collectors.counting()));
        Function<Recognition, Integer> count = r -> counts.getOrDefault(r, 0L).intValue();
        return new Awards(count.apply(Recognition.STARS_4), count.apply(Recognition.STARS_3),
                count.apply(Recognition.STARS_2), count.apply(Recognition.STARS_1),
                count.apply(Recognition.SPECIAL_MENTION), count.apply(Recognition.JURY_PRIZE));
    }

    private static Map<Breakdown, Map<String, Integer>> breakdowns(List<Dossier> submitted) {
        Map<Breakdown, Map<String, Integer>> breakdowns = new EnumMap<>(Breakdown.class);
        if (submitted.isEmpty()) {
            return breakdowns;
        }
        ResourceBundle labels = ResourceBundle.getBundle("messages", Locale.FRENCH);
        breakdowns.put(Breakdown.HOLDER_TYPE, countBy(submitted, d -> label(labels, "holderType.", d.getHolderType())));
        breakdowns.put(Breakdown.APPROACH_TYPE,
                countBy(submitted, d -> label(labels, "approachType.", d.getApproachType())));
        breakdowns.put(Breakdown.THEME, countBy(submitted, d -> label(labels, "theme.", d.getTheme())));
        // A project over several departments counts in each of them.
        breakdowns.put(Breakdown.DEPARTMENT,
                countBy(submitted, d -> d.getDepartments().stream().map(Department::printed).toList()));
        return breakdowns;
    }

    /** A code's French label; a dossier that left the field empty still counts, as "non renseigné". */
    private static List<String> label(ResourceBundle labels, String prefix, String code) {
        return List.of(code == null ? ReportFigures.NOT_RECORDED : labels.getString(prefix + code));
    }

    /** Most frequent first, then alphabetical: the order the report prints. */
    private static Map<String, Integer> countBy(List<Dossier> submitted, Function<Dossier, List<String>> labels) {
        Map<String, Integer> counts = new TreeMap<>();
        submitted.forEach(d -> labels.apply(d).forEach(label -> counts.merge(label, 1, Integer::sum)));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private List<JurorActivity> jurorActivity(Edition edition) {
        Map<Account, List<Assignment>> byJuror = jury.assignmentsOf(edition).stream()
                .collect(Collectors.groupingBy(Assignment::getJuror, LinkedHashMap::new, Collectors.toList()));
        return byJuror.entrySet().stream().map(e -> new JurorActivity(e.getKey().getDisplayName(),
                e.getValue().size(), (int) e.getValue().stream().filter(Assignment::isProposed).count())).toList();
    }

    /** Cumulative submissions per day (Paris time), from the first submission to the deadline. */
    static List<SubmissionDay> submissionDays(Edition edition, List<Dossier> submitted) {
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        submitted.forEach(d -> perDay.merge(ParisTime.local(d.getSubmittedAt()).toLocalDate(), 1, Integer::sum));
        List<SubmissionDay> days = new ArrayList<>();
        if (perDay.isEmpty()) {
            return days;
        }
        LocalDate last = ParisTime.local(edition.getSubmissionDeadline()).toLocalDate();
        if (perDay.lastKey().isAfter(last)) {
            last = perDay.lastKey();
        }
        int cumulative = 0;
        for (LocalDate day = perDay.firstKey(); !day.isAfter(last); day = day.plusDays(1)) {
            cumulative += perDay.getOrDefault(day, 0);
            days.add(new SubmissionDay(day, cumulative));
        }
        return days;
    }

    /**
     * The published series since 2016, completed by the editions the application ran, up to the report's year: a
     * report keeps what it said when later years come.
     */
    private List<YearFigures> history(int upTo) {
        // A closed edition's dossiers as its report counted them: the unawarded ones go when the retention ends.
        Map<Long, Integer> counted = em.createQuery("select r.editionId, r.dossiersSubmitted from ClosingReport r",
                Object[].class).getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Integer) row[1]));
        List<YearFigures> ran = editions.all().stream()
                .filter(e -> e.getProcessInstanceId() != null && e.resultsArePublic())
                .map(e -> {
                    Awards awards = awards(booklets.of(e));
                    int submitted = counted.containsKey(e.getId()) ? counted.get(e.getId())
                            : dossiers.submitted(e).size();
                    return new YearFigures(e.getYear(), submitted, false, awards.laureates(), null,
                            awards.specialMentions());
                }).toList();
        return YearlySeries.combine(HistoryJson.published(), ran).stream().filter(year -> year.year() <= upTo)
                .toList();
    }
}
