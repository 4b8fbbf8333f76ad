package fr.deciderensemble.trophees.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of a laureate's project: a short title and its text, either of which may be missing. */
@Embeddable
public class LaureateStep {

    @Column(length = EditionJson.SHORT)
    private String title;

    @Column(length = EditionJson.ITEM)
    private String text;

    protected LaureateStep() {
    }

    LaureateStep(String title, String text) {
        this.title = title;
        this.text = text;
    }

    Booklet.Step printed() {
        return new Booklet.Step(title, text);
    }
}
