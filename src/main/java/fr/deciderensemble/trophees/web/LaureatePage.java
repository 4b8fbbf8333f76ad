package fr.deciderensemble.trophees.web;

import java.util.Arrays;
import java.util.List;

import fr.deciderensemble.trophees.publication.Laureate;
import fr.deciderensemble.trophees.publication.LaureateText;
import fr.deciderensemble.trophees.publication.LaureateTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** equipe/laureat.xhtml?id=…: staff rewrite one laureate's booklet text; objectives one per line. */
@Named
@RequestScoped
public class LaureatePage {

    private long id;
    private Laureate laureate;
    private String title;
    private String holder;
    private String approach;
    private String objectives;
    private String targetAudience;
    private String focusHeading;
    private String focusText;
    private String results;

    @Inject
    private LaureateTexts laureateTexts;

    @Inject
    private Messages messages;

    public void load() {
        laureate = messages.orNotFound(() -> laureateTexts.find(id));
        if (laureate != null) {
            LaureateText text = laureate.text();
            title = text.title();
            holder = text.holder();
            approach = text.approach();
            objectives = String.join("\n", text.objectives());
            targetAudience = text.targetAudience();
            focusHeading = text.focusHeading();
            focusText = text.focusText();
            results = text.results();
        }
    }

    public String save() {
        List<String> lines = objectives == null ? List.of() : Arrays.asList(objectives.split("\\R"));
        LaureateText text = new LaureateText(title, holder, approach, lines, targetAudience, focusHeading,
                focusText, results);
        return messages.attempt(() -> laureateTexts.rewrite(id, text), "laureate.saved")
                ? "/equipe/laureat.xhtml?faces-redirect=true&id=" + id
                : null;
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
