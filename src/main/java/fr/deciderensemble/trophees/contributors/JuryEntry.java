package fr.deciderensemble.trophees.contributors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import fr.deciderensemble.trophees.platform.TextLimits;

/** What staff write of a jury member for the booklet; the same limits as an imported edition. */
public record JuryEntry(String name, boolean president, String position, String organisation, String biography) {

    public JuryEntry {
        name = TextLimits.stored(name);
        position = TextLimits.stored(position);
        organisation = TextLimits.stored(organisation);
        biography = TextLimits.stored(biography);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name == null || TextLimits.tooLong(name, TextLimits.SHORT)) {
            problems.add("juryMember.name.invalid");
        }
        if (TextLimits.tooLong(position, TextLimits.SHORT) || TextLimits.tooLong(organisation, TextLimits.SHORT)) {
            problems.add("juryMember.short.tooLong");
        }
        if (TextLimits.tooLong(biography, TextLimits.LONG)) {
            problems.add("juryMember.biography.tooLong");
        }
        if (TextLimits.forbiddenCharacters(Stream.of(name, position, organisation), Stream.of(biography))) {
            problems.add("text.forbiddenCharacters");
        }
        return problems;
    }
}
