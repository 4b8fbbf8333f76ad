package fr.deciderensemble.trophees.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What staff may rewrite of a laureate's booklet text; the same limits as an imported edition. */
public record LaureateText(String title, String holder, String approach, List<String> objectives,
        String targetAudience, String focusHeading, String focusText, String results) {

    public LaureateText {
        objectives = objectives == null ? List.of()
                : objectives.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(title) && blank(holder)) {
            problems.add("laureate.unnamed");
        }
        if (tooLong(title, EditionJson.SHORT) || tooLong(holder, EditionJson.SHORT)
                || tooLong(focusHeading, EditionJson.SHORT)) {
            problems.add("laureate.short.tooLong");
        }
        if (tooLong(approach, EditionJson.LONG) || tooLong(targetAudience, EditionJson.LONG)
                || tooLong(focusText, EditionJson.LONG) || tooLong(results, EditionJson.LONG)) {
            problems.add("laureate.long.tooLong");
        }
        if (objectives.size() > EditionJson.MAX_ITEMS
                || objectives.stream().anyMatch(objective -> objective.length() > EditionJson.ITEM)) {
            problems.add("laureate.objectives.tooLong");
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.strip().length() > max;
    }
}
