package fr.deciderensemble.trophees.publication;

import java.util.ArrayList;
import java.util.List;

/** What staff may rewrite of a laureate's booklet text; the same limits as an imported edition. */
public record LaureateText(String title, String holder, List<String> departments, String partnerNote,
        String approach, List<String> objectives, String targetAudience, List<Booklet.Step> steps,
        String focusHeading, String focusText, String results) {

    public LaureateText {
        departments = TextLimits.entries(departments);
        objectives = TextLimits.entries(objectives);
        steps = steps == null ? List.of()
                : steps.stream().map(step -> new Booklet.Step(TextLimits.stored(step.title()),
                        TextLimits.stored(step.text()))).filter(step -> step.title() != null || step.text() != null)
                        .toList();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (TextLimits.blank(title) && TextLimits.blank(holder)) {
            problems.add("laureate.unnamed");
        }
        if (TextLimits.tooLong(title, EditionJson.SHORT) || TextLimits.tooLong(holder, EditionJson.SHORT)
                || TextLimits.tooLong(partnerNote, EditionJson.SHORT)
                || TextLimits.tooLong(focusHeading, EditionJson.SHORT)) {
            problems.add("laureate.short.tooLong");
        }
        if (TextLimits.tooMany(departments, EditionJson.SHORT)) {
            problems.add("laureate.departments.tooLong");
        }
        if (TextLimits.tooLong(approach, EditionJson.LONG) || TextLimits.tooLong(targetAudience, EditionJson.LONG)
                || TextLimits.tooLong(focusText, EditionJson.LONG) || TextLimits.tooLong(results, EditionJson.LONG)) {
            problems.add("laureate.long.tooLong");
        }
        if (TextLimits.tooMany(objectives, EditionJson.ITEM)) {
            problems.add("laureate.objectives.tooLong");
        }
        if (steps.size() > EditionJson.MAX_ITEMS || steps.stream().anyMatch(step ->
                TextLimits.tooLong(step.title(), EditionJson.SHORT) || TextLimits.tooLong(step.text(), EditionJson.ITEM))) {
            problems.add("laureate.steps.tooLong");
        }
        return problems;
    }
}
