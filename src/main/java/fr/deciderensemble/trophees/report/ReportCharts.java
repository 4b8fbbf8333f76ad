package fr.deciderensemble.trophees.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.SimpleDateFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import fr.deciderensemble.trophees.pdf.Palette;
import fr.deciderensemble.trophees.platform.ParisTime;
import fr.deciderensemble.trophees.report.AnnualReport.SubmissionDay;
import fr.deciderensemble.trophees.report.AnnualReport.YearFigures;

/** The report's charts, in the report's fonts and colours, with French labels. */
final class ReportCharts {

    static final Color INK = Palette.BRAND;
    private static final Color[] SERIES = { INK, Palette.GOLD, new Color(0x3C, 0x9D, 0x7A) };
    private static final Color GRID = new Color(0xD5, 0xDB, 0xE3);
    private static final String COUNT = "Nombre";
    private static final DateTimeFormatter DAY = ParisTime.frenchDate("");
    static final float CUMULATIVE_HEIGHT = 220;
    private static final float YEARLY_HEIGHT = 230;

    /** A chart, the height it needs in points, and what a screen reader says in its place. */
    record Chart(JFreeChart chart, float height, String description) {
    }

    private ReportCharts() {
    }

    /** Horizontal bars, one per label, with its count at the end of the bar. */
    static Chart bars(String title, Map<String, Integer> counts) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        counts.forEach((label, count) -> dataset.addValue(count, COUNT, label));
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, dataset, PlotOrientation.HORIZONTAL,
                false, false, false);
        styled(chart);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ReportFonts.awt(false, 8));
        integerAxis(chart.getCategoryPlot());
        String description = "Diagramme en barres. " + title + " : " + counts.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")) + ".";
        return new Chart(chart, 50 + 20 * counts.size(), description);
    }

    /** Submissions over time, up to the deadline. */
    static Chart cumulative(List<SubmissionDay> submissions) {
        TimeSeries series = new TimeSeries("Dossiers déposés (cumul)");
        submissions.forEach(day -> series.add(
                new Day(day.date().getDayOfMonth(), day.date().getMonthValue(), day.date().getYear()),
                day.cumulative()));
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "Dossiers déposés",
                new TimeSeriesCollection(series), false, false, false);
        styled(chart);
        XYPlot plot = chart.getXYPlot();
        ((DateAxis) plot.getDomainAxis()).setDateFormatOverride(new SimpleDateFormat("d MMM", Locale.FRENCH));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesPaint(0, INK);
        SubmissionDay first = submissions.get(0);
        SubmissionDay last = submissions.get(submissions.size() - 1);
        String description = "Courbe des dossiers déposés, en cumul, du " + DAY.format(first.date()) + " ("
                + first.cumulative() + ") au " + DAY.format(last.date()) + " (" + last.cumulative() + ").";
        return new Chart(chart, CUMULATIVE_HEIGHT, description);
    }

    /** Dossiers, laureates and special mentions of each edition, side by side. */
    static Chart yearly(List<YearFigures> history) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (YearFigures year : history) {
            String label = String.valueOf(year.year());
            dataset.addValue(year.dossiers(), "Dossiers", label);
            dataset.addValue(year.laureates(), "Lauréats", label);
            dataset.addValue(year.specialMentions(), "Mentions spéciales", label);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, dataset, PlotOrientation.VERTICAL,
                true, false, false);
        styled(chart);
        integerAxis(chart.getCategoryPlot());
        String description = "Diagramme en barres des dossiers, lauréats et mentions spéciales de chaque édition, de "
                + history.get(0).year() + " à " + history.get(history.size() - 1).year()
                + " ; le tableau qui suit en donne les chiffres.";
        return new Chart(chart, YEARLY_HEIGHT, description);
    }

    private static void integerAxis(CategoryPlot plot) {
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    private static void styled(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("Bilan annuel");
        theme.setExtraLargeFont(ReportFonts.awt(true, 14));
        theme.setLargeFont(ReportFonts.awt(true, 10));
        theme.setRegularFont(ReportFonts.awt(false, 9));
        theme.setSmallFont(ReportFonts.awt(false, 8));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setAxisLabelPaint(INK);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setOutlineVisible(false);
            BarRenderer renderer = (BarRenderer) plot.getRenderer();
            renderer.setItemMargin(0.05);
            renderer.setMaximumBarWidth(0.12);
            for (int i = 0; i < SERIES.length; i++) {
                renderer.setSeriesPaint(i, SERIES[i]);
            }
        } else if (chart.getPlot() instanceof XYPlot plot) {
            plot.setOutlineVisible(false);
        }
    }
}
