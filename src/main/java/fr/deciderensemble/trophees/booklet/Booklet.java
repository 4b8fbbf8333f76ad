package fr.deciderensemble.trophees.booklet;

import java.util.List;

import fr.deciderensemble.trophees.jury.Recognition;

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

    public record Laureate(Recognition recognition, String recognitionTitle, String title, String holder, List<String> departments,
            String partnerNote, String approach, List<String> objectives, String targetAudience, List<Step> steps,
            Focus focus, String results, byte[] logo) {
    }

    public record Step(String title, String text) {
    }

    public record Focus(String heading, String text) {
    }
}
