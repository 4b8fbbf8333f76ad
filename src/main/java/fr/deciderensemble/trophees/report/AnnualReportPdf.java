package fr.deciderensemble.trophees.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.pdfbox.pdmodel.PDDocument;

import fr.deciderensemble.trophees.pdf.DocumentFonts;
import fr.deciderensemble.trophees.pdf.DocumentLayout;
import fr.deciderensemble.trophees.pdf.PdfStandards;
import fr.deciderensemble.trophees.report.AnnualReport.Breakdown;
import fr.deciderensemble.trophees.report.AnnualReport.JurorActivity;
import fr.deciderensemble.trophees.report.AnnualReport.YearFigures;
import fr.deciderensemble.trophees.report.ReportCharts.Chart;

/**
 * Renders the annual report ("Bilan annuel") of an edition as a PDF/A-2u document: key figures, the awards by
 * level, the breakdowns of the dossiers, the pace of submissions, the jury's activity and the yearly series,
 * each as a table and a vector chart.
 */
public final class AnnualReportPdf {

    private static final String AUTHOR = "Décider ensemble";
    private static final float[] LABEL_AND_COUNT = { 0.75f, 0.25f };
    /** Tables this short stay on one page with their heading. */
    private static final int SHORT_TABLE = 8;

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final DocumentLayout layout;

    private AnnualReportPdf(PDDocument document) throws IOException {
        this.document = document;
        this.fonts = new DocumentFonts(document);
        this.layout = new DocumentLayout(document, fonts);
    }

    public static byte[] render(AnnualReport report) {
        try (PDDocument document = new PDDocument()) {
            PdfStandards.declare(document, ReportFigures.title(report) + " — " + ReportFigures.PROGRAMME, AUTHOR);
            new AnnualReportPdf(document).write(report);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the annual report of " + report.year(), e);
        }
    }

    private void write(AnnualReport report) throws IOException {
        layout.newPage();
        layout.title(ReportFigures.title(report), ReportFigures.subtitle(report));
        keyFigures(report);
        awards(report);
        Breakdown first = Breakdown.values()[0];
        layout.heading("Les dossiers", 28 + firstLines(report.breakdowns().get(first)));
        for (Breakdown kind : Breakdown.values()) {
            breakdown(kind, report.breakdowns().get(kind));
        }
        submissions(report);
        jury(report.jury());
        history(report.history());
        layout.finish(ReportFigures.title(report));
    }

    private void keyFigures(AnnualReport report) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Dossiers déposés", ReportFigures.dossiersSubmitted(report)));
        rows.add(List.of("Dossiers recevables", ReportFigures.count(report.dossiersAdmissible())
                + percentSuffix(ReportFigures.admissiblePercent(report))));
        rows.add(List.of("Lauréats (1 à 4 étoiles)", String.valueOf(report.awards().laureates())));
        rows.add(List.of("Mentions spéciales du jury", String.valueOf(report.awards().specialMentions())));
        rows.add(List.of("Prix du jury", String.valueOf(report.awards().juryPrizes())));
        layout.heading("Chiffres clés", DocumentLayout.tableHeight(rows.size()));
        layout.table(List.of("Indicateur", "Valeur"), rows, LABEL_AND_COUNT);
    }

    private void awards(AnnualReport report) throws IOException {
        Map<String, Integer> levels = ReportFigures.byLevel(report.awards());
        layout.heading("Palmarès par niveau", DocumentLayout.tableHeight(levels.size()));
        layout.table(List.of("Niveau", "Nombre"), countRows(levels), LABEL_AND_COUNT);
        chart(ReportCharts.bars("Lauréats par niveau", levels));
    }

    /** The height a breakdown's start needs below its subheading, so that neither is left alone at a page's foot. */
    private static float firstLines(Map<String, Integer> counts) {
        return counts == null ? 16 : DocumentLayout.tableHeight(Math.min(counts.size(), SHORT_TABLE));
    }

    private void breakdown(Breakdown kind, Map<String, Integer> counts) throws IOException {
        layout.subheading(kind.heading(), firstLines(counts));
        if (counts == null) {
            layout.text(ReportFigures.NOT_RECORDED);
            return;
        }
        layout.table(List.of("Libellé", "Dossiers"), countRows(counts), LABEL_AND_COUNT);
        if (!counts.isEmpty()) {
            chart(ReportCharts.bars("Dossiers " + kind.heading().toLowerCase(Locale.FRENCH), counts));
        }
    }

    private void submissions(AnnualReport report) throws IOException {
        layout.heading("Rythme des dépôts", 20 + ReportCharts.CUMULATIVE_HEIGHT);
        OptionalInt lastDays = ReportFigures.inLastDays(report.submissions());
        if (lastDays.isEmpty()) {
            layout.text(ReportFigures.NOT_RECORDED);
            return;
        }
        layout.text(lastDays.getAsInt() + " dossiers sur " + ReportFigures.count(report.dossiersSubmitted()) + " déposés les "
                + ReportFigures.lastDays() + " derniers jours avant la date limite.");
        chart(ReportCharts.cumulative(report.submissions()));
    }

    private void jury(List<JurorActivity> jury) throws IOException {
        layout.heading("Activité du jury", 16 + DocumentLayout.tableHeight(Math.min(jury.size(), SHORT_TABLE)));
        if (jury.isEmpty()) {
            layout.text(ReportFigures.NOT_RECORDED);
            return;
        }
        layout.text("Avancement d’ensemble : "
                + percentOrNotRecorded(ReportFigures.juryCompletionPercent(jury)) + " des propositions faites.");
        List<List<String>> rows = jury.stream().map(juror -> List.of(juror.name(), String.valueOf(juror.assigned()),
                String.valueOf(juror.proposals()), percentOrDash(juror.completionPercent()))).toList();
        layout.table(List.of("Juré", "Dossiers attribués", "Propositions", "Avancement"), rows,
                new float[] { 0.34f, 0.24f, 0.2f, 0.22f });
    }

    private void history(List<YearFigures> history) throws IOException {
        if (history.isEmpty()) {
            layout.heading("Les éditions précédentes", 16);
            layout.text(ReportFigures.NOT_RECORDED);
            return;
        }
        Chart chart = ReportCharts.yearly(history);
        layout.heading("Les éditions depuis " + history.get(0).year(), chart.height() + 8);
        chart(chart);
        List<List<String>> rows = history.stream().map(year -> List.of(String.valueOf(year.year()),
                ReportFigures.dossiers(year),
                year.laureates() + (year.laureatesNote() == null ? "" : " (" + year.laureatesNote() + ")"),
                String.valueOf(year.specialMentions()))).toList();
        layout.table(List.of("Année", "Dossiers", "Lauréats", "Mentions spéciales"), rows,
                new float[] { 0.16f, 0.24f, 0.34f, 0.26f });
        if (history.stream().anyMatch(YearFigures::dossiersAtLeast)) {
            layout.text("« plus de » : le nombre de dossiers publié à l’époque, un minimum.");
        }
    }

    private void chart(Chart chart) throws IOException {
        layout.chart(VectorChart.draw(document, fonts, chart.chart(), DocumentLayout.WIDTH, chart.height()),
                chart.height(), chart.description());
    }

    private static List<List<String>> countRows(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(entry -> List.of(entry.getKey(), String.valueOf(entry.getValue())))
                .toList();
    }

    private static String percentSuffix(OptionalInt percent) {
        return percent.isPresent() ? " (" + percent.getAsInt() + "\u00A0%)" : "";
    }

    /** A juror with no dossier assigned has nothing to complete. */
    private static String percentOrDash(OptionalInt percent) {
        return percent.isPresent() ? percent.getAsInt() + "\u00A0%" : "—";
    }

    private static String percentOrNotRecorded(OptionalInt percent) {
        return percent.isPresent() ? percent.getAsInt() + "\u00A0%" : ReportFigures.NOT_RECORDED;
    }
}
