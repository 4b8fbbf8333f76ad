package fr.deciderensemble.trophees.candidacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import fr.deciderensemble.trophees.platform.Text;

/**
 * What a candidate writes in a dossier, in the form it is checked and stored ({@link Text#normalise}). Limits
 * are generous for a booklet page yet bounded, so that no field can swamp the database or the PDF, and they are
 * those of the columns.
 */
public record DossierContent(String title, String holderName, String holderType, String theme, String department,
        String approach, List<String> objectives, String targetAudience, List<String> steps) {

    static final int SHORT = 200;
    static final int LONG = 5000;
    static final int ITEM = 1000;
    static final int MAX_ITEMS = 20;

    public DossierContent {
        title = Text.normalise(title);
        holderName = Text.normalise(holderName);
        holderType = Text.normalise(holderType);
        theme = Text.normalise(theme);
        department = Text.normalise(department);
        approach = Text.normalise(approach);
        objectives = clean(objectives);
        targetAudience = Text.normalise(targetAudience);
        steps = clean(steps);
    }

    private static List<String> clean(List<String> items) {
        return items == null ? List.of() : items.stream().map(Text::normalise).filter(Objects::nonNull).toList();
    }

    /** Problems that forbid even saving a draft: oversized fields or unknown codes. */
    public List<String> draftProblems() {
        List<String> problems = new ArrayList<>();
        tooLong(problems, title, SHORT, "dossier.title.tooLong");
        tooLong(problems, holderName, SHORT, "dossier.holderName.tooLong");
        tooLong(problems, department, SHORT, "dossier.department.tooLong");
        tooLong(problems, approach, LONG, "dossier.approach.tooLong");
        tooLong(problems, targetAudience, LONG, "dossier.targetAudience.tooLong");
        if (objectives.size() > MAX_ITEMS || objectives.stream().anyMatch(o -> o.length() > ITEM)) {
            problems.add("dossier.objectives.tooLong");
        }
        if (steps.size() > MAX_ITEMS || steps.stream().anyMatch(s -> s.length() > ITEM)) {
            problems.add("dossier.steps.tooLong");
        }
        if (holderType != null && !HolderType.isKnown(holderType)) {
            problems.add("dossier.holderType.unknown");
        }
        if (theme != null && !Theme.isKnown(theme)) {
            problems.add("dossier.theme.unknown");
        }
        boolean controlInLine = Stream.of(title, holderName, department)
                .anyMatch(line -> Text.hasForbiddenCharacters(line, false));
        boolean controlInText = Stream.concat(Stream.of(approach, targetAudience),
                Stream.concat(objectives.stream(), steps.stream()))
                .anyMatch(text -> Text.hasForbiddenCharacters(text, true));
        if (controlInLine || controlInText) {
            problems.add("text.forbiddenCharacters");
        }
        return problems;
    }

    /** Problems that forbid submission: the draft's, plus every required field. */
    public List<String> submissionProblems() {
        List<String> problems = draftProblems();
        required(problems, title, "dossier.title.required");
        required(problems, holderName, "dossier.holderName.required");
        required(problems, holderType, "dossier.holderType.required");
        required(problems, department, "dossier.department.required");
        required(problems, approach, "dossier.approach.required");
        if (objectives.isEmpty()) {
            problems.add("dossier.objectives.required");
        }
        required(problems, targetAudience, "dossier.targetAudience.required");
        if (steps.isEmpty()) {
            problems.add("dossier.steps.required");
        }
        return problems;
    }

    private static void tooLong(List<String> problems, String value, int max, String key) {
        if (Text.tooLong(value, max)) {
            problems.add(key);
        }
    }

    private static void required(List<String> problems, String value, String key) {
        if (value == null) {
            problems.add(key);
        }
    }
}
