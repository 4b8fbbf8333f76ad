package fr.deciderensemble.trophees.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import fr.deciderensemble.trophees.report.AnnualReport.Awards;
import fr.deciderensemble.trophees.report.AnnualReport.JurorActivity;
import fr.deciderensemble.trophees.report.AnnualReport.SubmissionDay;
import fr.deciderensemble.trophees.report.AnnualReport.YearFigures;

/** Figures derived from the report and the French labels they print under, shared by the PDF and the CSV. */
final class ReportFigures {

    static final String NOT_RECORDED = "non renseigné";
    static final String TITLE = "Bilan annuel";
    static final String PROGRAMME = "Trophées de la participation et de la concertation";

    /** The deadline rush the organisers watch: most dossiers arrive in the last 48 hours. */
    private static final int LAST_DAYS = 2;

    private ReportFigures() {
    }

    static String title(AnnualReport report) {
        return TITLE + " " + report.year();
    }

    /** "5e édition des Trophées…", or just the programme when the edition number is unknown. */
    static String subtitle(AnnualReport report) {
        Integer number = report.editionNumber();
        if (number == null) {
            return PROGRAMME;
        }
        return (number == 1 ? "1re" : number + "e") + " édition des " + PROGRAMME;
    }

    static Map<String, Integer> byLevel(Awards awards) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        levels.put("4 étoiles", awards.fourStars());
        levels.put("3 étoiles", awards.threeStars());
        levels.put("2 étoiles", awards.twoStars());
        levels.put("1 étoile", awards.oneStar());
        levels.put("Mentions spéciales", awards.specialMentions());
        levels.put("Prix du jury", awards.juryPrizes());
        return levels;
    }

    static OptionalInt admissiblePercent(AnnualReport report) {
        if (report.dossiersAdmissible().isEmpty() || report.dossiersSubmitted().isEmpty()) {
            return OptionalInt.empty();
        }
        return percent(report.dossiersAdmissible().getAsInt(), report.dossiersSubmitted().getAsInt());
    }

    /**
     * The dossiers submitted: as counted where the application received them, else as the yearly series published
     * them ("plus de 50" for an imported edition), else "non renseigné".
     */
    static String dossiersSubmitted(AnnualReport report) {
        if (report.dossiersSubmitted().isPresent()) {
            return String.valueOf(report.dossiersSubmitted().getAsInt());
        }
        return report.history().stream().filter(year -> year.year() == report.year()).findFirst()
                .map(ReportFigures::dossiers).orElse(NOT_RECORDED);
    }

    /** A year's dossiers as the series gives them: "plus de 90" where only a lower bound was published. */
    static String dossiers(YearFigures year) {
        return (year.dossiersAtLeast() ? "plus de " : "") + year.dossiers();
    }

    /** A count, or "non renseigné" where the edition's data does not record it. */
    static String count(OptionalInt count) {
        return count.isPresent() ? String.valueOf(count.getAsInt()) : NOT_RECORDED;
    }

    static OptionalInt juryCompletionPercent(List<JurorActivity> jury) {
        int assigned = jury.stream().mapToInt(JurorActivity::assigned).sum();
        int proposals = jury.stream().mapToInt(JurorActivity::proposals).sum();
        return percent(proposals, assigned);
    }

    /** Dossiers submitted during the last two days of the series; empty when the series is not recorded. */
    static OptionalInt inLastDays(List<SubmissionDay> submissions) {
        if (submissions.isEmpty()) {
            return OptionalInt.empty();
        }
        SubmissionDay last = submissions.get(submissions.size() - 1);
        int before = submissions.stream()
                .filter(day -> !day.date().isAfter(last.date().minusDays(LAST_DAYS)))
                .mapToInt(SubmissionDay::cumulative).max().orElse(0);
        return OptionalInt.of(last.cumulative() - before);
    }

    static int lastDays() {
        return LAST_DAYS;
    }

    private static OptionalInt percent(int part, int whole) {
        return whole == 0 ? OptionalInt.empty() : OptionalInt.of(Math.round(100f * part / whole));
    }
}
