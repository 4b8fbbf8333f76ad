package fr.deciderensemble.trophees.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Everything the annual report ("Bilan annuel") of an edition prints, as figures the data side has already
 * counted. A breakdown missing from {@code breakdowns} means the edition's data does not record it.
 */
public record AnnualReport(int year, Integer editionNumber, OptionalInt dossiersSubmitted, OptionalInt dossiersAdmissible,
        Awards awards, Map<Breakdown, Map<String, Integer>> breakdowns, List<JurorActivity> jury,
        List<SubmissionDay> submissions, List<YearFigures> history) {

    public AnnualReport {
        Objects.requireNonNull(awards, "awards");
        Map<Breakdown, Map<String, Integer>> copy = new EnumMap<>(Breakdown.class);
        // Insertion order of the labels is the order the report prints them in.
        breakdowns.forEach((kind, counts) -> copy.put(kind, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        breakdowns = Collections.unmodifiableMap(copy);
        jury = List.copyOf(jury);
        submissions = List.copyOf(submissions);
        history = List.copyOf(history);
    }

    /** How the jury recognised the edition's dossiers. */
    public record Awards(int fourStars, int threeStars, int twoStars, int oneStar, int specialMentions,
            int juryPrizes) {

        /** Laureates are the dossiers awarded stars; mentions and prizes are counted apart. */
        public int laureates() {
            return fourStars + threeStars + twoStars + oneStar;
        }
    }

    /** The ways the report splits the dossiers, with their French headings. */
    public enum Breakdown {
        HOLDER_TYPE("Par type de porteur"),
        APPROACH_TYPE("Par type de démarche"),
        THEME("Par thématique"),
        DEPARTMENT("Par département");

        private final String heading;

        Breakdown(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /** What one juror did: dossiers assigned, proposals of stars made. */
    public record JurorActivity(String name, int assigned, int proposals) {

        /** Share of the assigned dossiers the juror proposed stars for, in whole percent; empty if none assigned. */
        public OptionalInt completionPercent() {
            return assigned == 0 ? OptionalInt.empty() : OptionalInt.of(Math.round(100f * proposals / assigned));
        }
    }

    /** Dossiers submitted from the opening of the call up to the end of {@code date}. */
    public record SubmissionDay(LocalDate date, int cumulative) {
    }

    /**
     * The figures of one edition for the yearly series. {@code dossiersAtLeast} marks a count published as a
     * floor ("+ de 90 dossiers"); {@code laureatesNote} says what was counted when not all levels were
     * ("3 & 4 étoiles"), or is null.
     */
    public record YearFigures(int year, int dossiers, boolean dossiersAtLeast, int laureates, String laureatesNote,
            int specialMentions) {
    }
}
