package fr.deciderensemble.trophees.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.deciderensemble.trophees.report.AnnualReport.YearFigures;

/** The yearly series of the report: the published history, completed by the editions the application ran. */
public final class YearlySeries {

    private YearlySeries() {
    }

    /**
     * One entry per year, oldest first. Where both know a year, the application's exact count wins over the
     * published one, which was often rounded down ("+ de 90").
     */
    public static List<YearFigures> combine(List<YearFigures> published, List<YearFigures> fromDatabase) {
        Map<Integer, YearFigures> byYear = new TreeMap<>();
        published.forEach(figures -> byYear.put(figures.year(), figures));
        fromDatabase.forEach(figures -> byYear.put(figures.year(), figures));
        return List.copyOf(byYear.values());
    }
}
