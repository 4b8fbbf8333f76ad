package fr.deciderensemble.trophees.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
        if (name == null || TextLimits.tooLong(name, EditionJson.SHORT)) {
            problems.add("organisation.name.invalid");
        }
        if (TextLimits.tooLong(description, EditionJson.LONG)) {
            problems.add("organisation.description.tooLong");
        }
        if (TextLimits.forbiddenCharacters(Stream.of(name), Stream.of(description))) {
            problems.add("text.forbiddenCharacters");
        }
        return problems;
    }
}
