package fr.deciderensemble.trophees.palmares;

import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of a laureate's project: a short title and its text, either of which may be missing. */
@Embeddable
public class LaureateStep {

    @Column(length = TextLimits.SHORT)
    private String title;

    @Column(length = TextLimits.ITEM)
    private String text;

    protected LaureateStep() {
    }

    LaureateStep(String title, String text) {
        this.title = title;
        this.text = text;
    }

    LaureateText.Step step() {
        return new LaureateText.Step(title, text);
    }
}
