package fr.deciderensemble.trophees.palmares;

/** How the jury recognised a laureate; the codes of the resource centre's taxonomy. */
public enum Recognition {
    STARS_4(4), STARS_3(3), STARS_2(2), STARS_1(1), SPECIAL_MENTION(0), JURY_PRIZE(0);

    private final int stars;

    Recognition(int stars) {
        this.stars = stars;
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
