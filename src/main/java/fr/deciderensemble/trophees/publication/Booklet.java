package fr.deciderensemble.trophees.publication;

import java.util.List;

/** Everything a laureate booklet prints, in the order it prints it. Logos are PNG or JPEG bytes, or null. */
public record Booklet(int year, Integer editionNumber, String programmeName,
        List<Organisation> organisers, List<Organisation> partners, List<Organisation> supporters,
        List<JuryMember> jury, List<Laureate> laureates) {

    public Booklet {
        organisers = List.copyOf(organisers);
        partners = List.copyOf(partners);
        supporters = List.copyOf(supporters);
        jury = List.copyOf(jury);
        laureates = List.copyOf(laureates);
    }

    public record Organisation(String name, String description, byte[] logo) {
    }

    public record JuryMember(String name, boolean president, String position, String organisation, String biography) {
    }

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

        /** The stars as printed beside the laureates, in the booklet and on the palmarès: "★★★" for 3. */
        public String starSymbols() {
            return "★".repeat(stars);
        }
    }

    public record Laureate(Recognition recognition, String title, String holder, List<String> departments,
            String partnerNote, String approach, List<String> objectives, String targetAudience, List<Step> steps,
            Focus focus, String results, byte[] logo) {
    }

    public record Step(String title, String text) {
    }

    public record Focus(String heading, String text) {
    }
}
