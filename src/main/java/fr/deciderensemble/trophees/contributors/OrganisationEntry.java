package fr.deciderensemble.trophees.contributors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import fr.deciderensemble.trophees.platform.TextLimits;

/** What staff write of an organiser, partner or supporter; the same limits as an imported edition. */
public record OrganisationEntry(EditionOrganisation.Kind kind, String name, String description) {

    public OrganisationEntry {
        name = TextLimits.stored(name);
        description = TextLimits.stored(description);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (kind == null) {
            problems.add("organisation.kind.required");
        }
        if (name == null || TextLimits.tooLong(name, TextLimits.SHORT)) {
            problems.add("organisation.name.invalid");
        }
        if (TextLimits.tooLong(description, TextLimits.LONG)) {
            problems.add("organisation.description.tooLong");
        }
        if (TextLimits.forbiddenCharacters(Stream.of(name), Stream.of(description))) {
            problems.add("text.forbiddenCharacters");
        }
        return problems;
    }
}
