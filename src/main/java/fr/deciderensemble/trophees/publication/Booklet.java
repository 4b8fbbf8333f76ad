package fr.deciderensemble.trophees.publication;

import java.util.List;
import java.util.Objects;

/** What the laureate booklet of one edition shows. */
public record Booklet(int year, String programmeName, List<Laureate> laureates) {

    public Booklet {
        Objects.requireNonNull(programmeName, "programmeName");
        laureates = List.copyOf(laureates);
    }

    /**
     * One laureate project. {@code title} and {@code approach} may be null: the booklet then shows the
     * holder's name as title, and no approach text.
     */
    public record Laureate(int stars, String title, String holderName, String approach) {

        public Laureate {
            // The booklet has one section per level from 4 down to 1: any other value would be silently lost.
            if (stars < 1 || stars > 4) {
                throw new IllegalArgumentException("stars must be between 1 and 4: " + stars);
            }
            Objects.requireNonNull(holderName, "holderName");
        }
    }
}
