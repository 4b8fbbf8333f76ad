package fr.deciderensemble.trophees.jury;

/**
 * What the jury may award a dossier; the codes of the resource centre's taxonomy. It lives with the jury, who
 * decides it; the palmarès, the booklet, the report and the exchange print and count it.
 */
public enum Recognition {
    STARS_4(4), STARS_3(3), STARS_2(2), STARS_1(1), SPECIAL_MENTION(0), JURY_PRIZE(0);

    private final int stars;

    Recognition(int stars) {
        this.stars = stars;
    }

    /** The level of so many stars, 1 to 4. */
    public static Recognition ofStars(int stars) {
        for (Recognition recognition : values()) {
            if (recognition.stars == stars && stars > 0) {
                return recognition;
            }
        }
        throw new IllegalArgumentException("No level of " + stars + " stars");
    }

    /** The stars awarded; none for a special mention or a jury prize. */
    public int stars() {
        return stars;
    }

    /** Whether it carries a title of its own, as "Mention spéciale du jury — inclusion des jeunes". */
    public boolean titled() {
        return this == SPECIAL_MENTION || this == JURY_PRIZE;
    }

    /** The stars as printed beside the laureates, in the booklet and on the palmarès: "★★★" for 3. */
    public String starSymbols() {
        return "★".repeat(stars);
    }
}
