package fr.deciderensemble.trophees.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import fr.deciderensemble.trophees.platform.Csv;
import fr.deciderensemble.trophees.report.AnnualReport.Breakdown;
import fr.deciderensemble.trophees.report.AnnualReport.JurorActivity;
import fr.deciderensemble.trophees.report.AnnualReport.SubmissionDay;
import fr.deciderensemble.trophees.report.AnnualReport.YearFigures;

/**
 * The figures of the annual report as CSV for spreadsheets: one block per section (its title, a header line,
 * its rows), blocks separated by an empty line, written as {@link Csv} writes for French spreadsheets.
 */
public final class AnnualReportCsv {

    private final Csv csv = new Csv();

    private AnnualReportCsv() {
    }

    public static byte[] write(AnnualReport report) {
        return text(report).getBytes(StandardCharsets.UTF_8);
    }

    /** The CSV as text, starting with the byte order mark. */
    public static String text(AnnualReport report) {
        AnnualReportCsv writer = new AnnualReportCsv();
        writer.row(ReportFigures.title(report));
        writer.row(ReportFigures.subtitle(report));
        writer.keyFigures(report);
        writer.block("Lauréats par niveau", List.of("Niveau", "Nombre"));
        ReportFigures.byLevel(report.awards()).forEach((level, count) -> writer.row(level, count));
        for (Breakdown kind : Breakdown.values()) {
            writer.breakdown(kind, report.breakdowns().get(kind));
        }
        writer.jury(report.jury());
        writer.submissions(report.submissions());
        writer.history(report.history());
        return writer.csv.text();
    }

    private void keyFigures(AnnualReport report) {
        block("Chiffres clés", List.of("Indicateur", "Valeur"));
        row("Dossiers déposés", ReportFigures.dossiersSubmitted(report));
        row("Dossiers recevables", orNotRecorded(report.dossiersAdmissible()));
        row("Taux de recevabilité (%)", orNotRecorded(ReportFigures.admissiblePercent(report)));
        row("Lauréats", report.awards().laureates());
        row("Mentions spéciales", report.awards().specialMentions());
        row("Prix du jury", report.awards().juryPrizes());
        row("Dossiers déposés les " + ReportFigures.lastDays() + " derniers jours",
                orNotRecorded(ReportFigures.inLastDays(report.submissions())));
    }

    private void breakdown(Breakdown kind, Map<String, Integer> counts) {
        block(kind.heading(), List.of("Libellé", "Nombre"));
        if (counts == null) {
            row(ReportFigures.NOT_RECORDED);
        } else {
            counts.forEach((label, count) -> row(label, count));
        }
    }

    private void jury(List<JurorActivity> jury) {
        block("Activité du jury", List.of("Juré", "Dossiers attribués", "Propositions", "Avancement (%)"));
        if (jury.isEmpty()) {
            row(ReportFigures.NOT_RECORDED);
        }
        // A juror with no dossier assigned has nothing to complete: the cell stays empty.
        jury.forEach(juror -> row(juror.name(), juror.assigned(), juror.proposals(),
                juror.completionPercent().isPresent() ? juror.completionPercent().getAsInt() : ""));
    }

    private void submissions(List<SubmissionDay> submissions) {
        block("Dépôts cumulés", List.of("Date", "Dossiers déposés (cumul)"));
        if (submissions.isEmpty()) {
            row(ReportFigures.NOT_RECORDED);
        }
        // ISO dates: spreadsheets recognise them whatever their locale.
        submissions.forEach(day -> row(day.date(), day.cumulative()));
    }

    private void history(List<YearFigures> history) {
        block("Historique des éditions",
                List.of("Année", "Dossiers", "Dossiers : au moins autant", "Lauréats", "Lauréats comptés",
                        "Mentions spéciales"));
        history.forEach(year -> row(year.year(), year.dossiers(), year.dossiersAtLeast() ? "oui" : "non",
                year.laureates(), year.laureatesNote() == null ? "tous" : year.laureatesNote(),
                year.specialMentions()));
    }

    private void block(String title, List<String> header) {
        csv.blankLine();
        row(title);
        row(header.toArray());
    }

    private void row(Object... fields) {
        csv.row(fields);
    }

    private static Object orNotRecorded(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : ReportFigures.NOT_RECORDED;
    }
}
