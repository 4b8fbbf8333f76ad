package fr.deciderensemble.trophees.web.staff;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.deciderensemble.trophees.palmares.Laureate;
import fr.deciderensemble.trophees.palmares.LaureateText;
import fr.deciderensemble.trophees.palmares.LaureateTexts;
import fr.deciderensemble.trophees.platform.Positions;
import fr.deciderensemble.trophees.platform.TextLimits;
import fr.deciderensemble.trophees.web.Messages;
import fr.deciderensemble.trophees.web.StepRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * equipe/laureat.xhtml?id=…: staff rewrite one laureate's booklet text; departments and objectives one
 * per line. Steps are added, moved and removed in the view and stored with the rest on saving.
 */
@Named
@ViewScoped
public class LaureatePage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Where each refusal is shown: beside its field; steps and forbidden characters at the top. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("laureate.unnamed", "title"),
            Map.entry("laureate.title.", "title"), Map.entry("laureate.holder.", "holder"),
            Map.entry("laureate.departments.", "departments"), Map.entry("laureate.partnerNote.", "partnerNote"),
            Map.entry("laureate.approach.", "approach"), Map.entry("laureate.objectives.", "objectives"),
            Map.entry("laureate.targetAudience.", "targetAudience"),
            Map.entry("laureate.focusHeading.", "focusHeading"), Map.entry("laureate.focusText.", "focusText"),
            Map.entry("laureate.results.", "results"));

    private long id;
    private transient Laureate laureate;
    private String title;
    private String holder;
    private String departments;
    private String partnerNote;
    private String approach;
    private String objectives;
    private String targetAudience;
    private String focusHeading;
    private String focusText;
    private String results;
    private List<StepRow> steps = new ArrayList<>();

    @Inject
    private transient LaureateTexts laureateTexts;

    @Inject
    private transient Messages messages;

    public void load() {
        laureate = messages.orNotFound(() -> laureateTexts.find(id));
        if (laureate != null) {
            LaureateText text = laureate.text();
            title = text.title();
            holder = text.holder();
            departments = String.join("\n", text.departments());
            partnerNote = text.partnerNote();
            approach = text.approach();
            objectives = String.join("\n", text.objectives());
            targetAudience = text.targetAudience();
            focusHeading = text.focusHeading();
            focusText = text.focusText();
            results = text.results();
            steps = new ArrayList<>(text.steps().stream().map(step -> new StepRow(step.title(), step.text()))
                    .toList());
        }
    }

    public void addStep() {
        steps.add(new StepRow(null, null));
    }

    public void removeStep(int index) {
        steps.remove(index);
    }

    public void moveStep(int index, int offset) {
        steps = Positions.moved(steps, index, offset);
    }

    public String save() {
        LaureateText text = new LaureateText(title, holder, lines(departments), partnerNote, approach,
                lines(objectives), targetAudience,
                steps.stream().map(step -> new LaureateText.Step(step.getTitle(), step.getText())).toList(), focusHeading,
                focusText, results);
        Map<String, String> fields = new HashMap<>(FIELDS);
        firstStepTooLong().ifPresent(step -> fields.put("laureate.steps.", step));
        return messages.attemptByField(() -> laureateTexts.rewrite(id, text), fields, "laureate.saved")
                ? "/equipe/laureat.xhtml?faces-redirect=true&id=" + id
                : null;
    }

    /** The field of the first step over its limits, where a refusal of the steps is shown; none when it is their count. */
    private Optional<String> firstStepTooLong() {
        for (int index = 0; index < steps.size(); index++) {
            StepRow step = steps.get(index);
            // As the domain counts them: trimmed, line breaks as one character.
            if (TextLimits.tooLong(TextLimits.stored(step.getTitle()), TextLimits.SHORT)) {
                return Optional.of("steps:" + index + ":stepTitle");
            }
            if (TextLimits.tooLong(TextLimits.stored(step.getText()), TextLimits.ITEM)) {
                return Optional.of("steps:" + index + ":stepText");
            }
        }
        return Optional.empty();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    public Laureate getLaureate() {
        if (laureate == null) {
            laureate = laureateTexts.find(id);
        }
        return laureate;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public String getDepartments() {
        return departments;
    }

    public void setDepartments(String departments) {
        this.departments = departments;
    }

    public String getPartnerNote() {
        return partnerNote;
    }

    public void setPartnerNote(String partnerNote) {
        this.partnerNote = partnerNote;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public String getApproach() {
        return approach;
    }

    public void setApproach(String approach) {
        this.approach = approach;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getTargetAudience() {
        return targetAudience;
    }

    public void setTargetAudience(String targetAudience) {
        this.targetAudience = targetAudience;
    }

    public String getFocusHeading() {
        return focusHeading;
    }

    public void setFocusHeading(String focusHeading) {
        this.focusHeading = focusHeading;
    }

    public String getFocusText() {
        return focusText;
    }

    public void setFocusText(String focusText) {
        this.focusText = focusText;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }
}
