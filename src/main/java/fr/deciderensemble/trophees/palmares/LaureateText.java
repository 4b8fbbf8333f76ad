package fr.deciderensemble.trophees.palmares;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import fr.deciderensemble.trophees.platform.Text;
import fr.deciderensemble.trophees.platform.TextLimits;

/** What staff may rewrite of a laureate's booklet text; the same limits as an imported edition. */
public record LaureateText(String title, String holder, List<String> departments, String partnerNote,
        String approach, List<String> objectives, String targetAudience, List<LaureateText.Step> steps,
        String focusHeading, String focusText, String results) {

    /** One step of the project: a short title and its text, either of which may be missing. */
    public record Step(String title, String text) {
    }

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
                : steps.stream().map(step -> new Step(TextLimits.stored(step.title()),
                        TextLimits.stored(step.text()))).filter(step -> step.title() != null || step.text() != null)
                        .toList();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title == null && holder == null) {
            problems.add("laureate.unnamed");
        }
        // One message per field, for the page to show beside it.
        Text.refuseTooLong(problems, title, TextLimits.SHORT, "laureate.title.tooLong");
        Text.refuseTooLong(problems, holder, TextLimits.SHORT, "laureate.holder.tooLong");
        if (TextLimits.tooMany(departments, TextLimits.SHORT)) {
            problems.add("laureate.departments.tooLong");
        }
        Text.refuseTooLong(problems, partnerNote, TextLimits.SHORT, "laureate.partnerNote.tooLong");
        Text.refuseTooLong(problems, approach, TextLimits.LONG, "laureate.approach.tooLong");
        if (TextLimits.tooMany(objectives, TextLimits.ITEM)) {
            problems.add("laureate.objectives.tooLong");
        }
        Text.refuseTooLong(problems, targetAudience, TextLimits.LONG, "laureate.targetAudience.tooLong");
        if (steps.size() > TextLimits.MAX_ITEMS || steps.stream().anyMatch(step ->
                TextLimits.tooLong(step.title(), TextLimits.SHORT) || TextLimits.tooLong(step.text(), TextLimits.ITEM))) {
            problems.add("laureate.steps.tooLong");
        }
        Text.refuseTooLong(problems, focusHeading, TextLimits.SHORT, "laureate.focusHeading.tooLong");
        Text.refuseTooLong(problems, focusText, TextLimits.LONG, "laureate.focusText.tooLong");
        Text.refuseTooLong(problems, results, TextLimits.LONG, "laureate.results.tooLong");
        if (TextLimits.forbiddenCharacters(
                Stream.concat(Stream.of(title, holder, partnerNote, focusHeading),
                        Stream.concat(departments.stream(), steps.stream().map(Step::title))),
                Stream.concat(Stream.of(approach, targetAudience, focusText, results),
                        Stream.concat(objectives.stream(), steps.stream().map(Step::text))))) {
            problems.add("text.forbiddenCharacters");
        }
        return problems;
    }
}
