package fr.deciderensemble.trophees.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What staff may rewrite of a laureate's booklet text; the same limits as an imported edition. */
public record LaureateText(String title, String holder, List<String> departments, String partnerNote,
        String approach, List<String> objectives, String targetAudience, List<Booklet.Step> steps,
        String focusHeading, String focusText, String results) {

    public LaureateText {
        title = TextLimits.stored(title);
        holder = TextLimits.stored(holder);
        partnerNote = TextLimits.stored(partnerNote);
        approach = TextLimits.stored(approach);
        targetAudience = TextLimits.stored(targetAudience);
        focusHeading = TextLimits.stored(focusHeading);
        focusText = TextLimits.stored(focusText);
        results = TextLimits.stored(results);
        departments = TextLimits.entries(departments);
        objectives = TextLimits.entries(objectives);
        steps = steps == null ? List.of()
                : steps.stream().map(step -> new Booklet.Step(TextLimits.stored(step.title()),
                        TextLimits.stored(step.text()))).filter(step -> step.title() != null || step.text() != null)
                        .toList();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title == null && holder == null) {
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
        if (TextLimits.forbiddenCharacters(
                Stream.concat(Stream.of(title, holder, partnerNote, focusHeading),
                        Stream.concat(departments.stream(), steps.stream().map(Booklet.Step::title))),
                Stream.concat(Stream.of(approach, targetAudience, focusText, results),
                        Stream.concat(objectives.stream(), steps.stream().map(Booklet.Step::text))))) {
            problems.add("text.forbiddenCharacters");
        }
        return problems;
    }
}
