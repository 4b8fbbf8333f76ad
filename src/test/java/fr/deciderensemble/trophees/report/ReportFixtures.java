package fr.deciderensemble.trophees.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import fr.deciderensemble.trophees.report.AnnualReport.Awards;
import fr.deciderensemble.trophees.report.AnnualReport.Breakdown;
import fr.deciderensemble.trophees.report.AnnualReport.JurorActivity;
import fr.deciderensemble.trophees.report.AnnualReport.SubmissionDay;
import fr.deciderensemble.trophees.report.AnnualReport.YearFigures;

/** The 2020 edition as its booklet and history.json publish it, with plausible counts where they say nothing. */
final class ReportFixtures {

    static final LocalDate DEADLINE_2020 = LocalDate.of(2020, 10, 9);

    private ReportFixtures() {
    }

    /** Themes and approach types are not recorded for 2020: the report must say so. */
    static AnnualReport edition2020() {
        Map<Breakdown, Map<String, Integer>> breakdowns = new EnumMap<>(Breakdown.class);
        breakdowns.put(Breakdown.HOLDER_TYPE, ordered("Collectivité", 31, "Association", 9, "Entreprise", 7,
                "Collectif citoyen", 3, "État et établissements publics", 2));
        breakdowns.put(Breakdown.DEPARTMENT, ordered("Paris (75)", 6, "Nord (59)", 4, "Gironde (33)", 4,
                "Côtes-d’Armor (22)", 3, "Bouches-du-Rhône (13)", 3, "Autres départements", 32));
        List<JurorActivity> jury = List.of(new JurorActivity("Hélène Bourdin", 14, 14),
                new JurorActivity("Loïc Blondiaux", 14, 12), new JurorActivity("Anne-Sophie Gérard", 13, 13),
                new JurorActivity("Benoît Lœuillet", 13, 7), new JurorActivity("Marc Prévôt", 0, 0));
        List<YearFigures> fromDatabase = List.of(new YearFigures(2020, 52, false, 40, null, 0));
        return new AnnualReport(2020, 5, OptionalInt.of(52), OptionalInt.of(48), new Awards(6, 10, 10, 14, 0, 0), breakdowns, jury,
                submissions(), YearlySeries.combine(HistoryJson.published(), fromDatabase));
    }

    /** Slow for a month, then most dossiers in the last two days, as every year. */
    static List<SubmissionDay> submissions() {
        List<SubmissionDay> days = new ArrayList<>();
        int cumulative = 0;
        for (LocalDate day = DEADLINE_2020.minusDays(30); !day.isAfter(DEADLINE_2020); day = day.plusDays(1)) {
            if (day.isBefore(DEADLINE_2020.minusDays(1))) {
                cumulative += day.getDayOfMonth() % 2; // 15 days with one dossier
            } else if (day.isBefore(DEADLINE_2020)) {
                cumulative += 12;
            } else {
                cumulative += 52 - cumulative;
            }
            days.add(new SubmissionDay(day, cumulative));
        }
        return days;
    }

    static Map<String, Integer> ordered(Object... labelsAndCounts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndCounts.length; i += 2) {
            counts.put((String) labelsAndCounts[i], (Integer) labelsAndCounts[i + 1]);
        }
        return counts;
    }
}
