package fr.deciderensemble.trophees.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import fr.deciderensemble.trophees.report.AnnualReport.Breakdown;
import fr.deciderensemble.trophees.report.AnnualReport.JurorActivity;
import fr.deciderensemble.trophees.report.AnnualReport.SubmissionDay;
import fr.deciderensemble.trophees.report.AnnualReport.YearFigures;

/**
 * The figures of the annual report as CSV for spreadsheets: one block per section (its title, a header line,
 * its rows), blocks separated by an empty line. UTF-8 with a byte order mark and ";" separators, which is what
 * French spreadsheet software needs to read accents and columns right; fields quoted per RFC 4180.
 */
public final class AnnualReportCsv {

    private static final String BOM = "\uFEFF";
    private static final char SEPARATOR = ';';
    private static final String LINE_END = "\r\n";

    private final StringBuilder csv = new StringBuilder(BOM);

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
        return writer.csv.toString();
    }

    private void keyFigures(AnnualReport report) {
        block("Chiffres clés", List.of("Indicateur", "Valeur"));
        row("Dossiers déposés", orNotRecorded(report.dossiersSubmitted()));
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
                List.of("Année", "Dossiers", "Au moins", "Lauréats", "Lauréats comptés", "Mentions spéciales"));
        history.forEach(year -> row(year.year(), year.dossiers(), year.dossiersAtLeast() ? "oui" : "non",
                year.laureates(), year.laureatesNote() == null ? "tous" : year.laureatesNote(),
                year.specialMentions()));
    }

    private void block(String title, List<String> header) {
        csv.append(LINE_END);
        row(title);
        row(header.toArray());
    }

    private void row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(quoted(fields[i] instanceof String text ? inert(text) : String.valueOf(fields[i])));
        }
        csv.append(LINE_END);
    }

    /** What starts a formula: = + - @, and their full-width forms. */
    private static final String FORMULA_SIGNS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private static Object orNotRecorded(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : ReportFigures.NOT_RECORDED;
    }

    /**
     * A label such as "=HYPERLINK(…)" would run as a formula when the file is opened in a spreadsheet, even behind
     * blanks (a space, a non-breaking space, a tab) or written with the full-width signs some keyboards type
     * ("＝"): a leading apostrophe makes it plain text.
     */
    static String inert(String text) {
        int first = 0;
        while (first < text.length() && (Character.isWhitespace(text.charAt(first))
                || Character.isSpaceChar(text.charAt(first)))) {
            first++;
        }
        boolean formula = first < text.length() && FORMULA_SIGNS.indexOf(text.charAt(first)) >= 0;
        return formula ? "'" + text : text;
    }

    private static String quoted(String field) {
        boolean needsQuotes = field.indexOf(SEPARATOR) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
