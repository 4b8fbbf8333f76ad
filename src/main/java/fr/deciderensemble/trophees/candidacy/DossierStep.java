package fr.deciderensemble.trophees.candidacy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step of a dossier's project, as stored: a short title and its text. */
@Embeddable
public class DossierStep {

    @Column(length = DossierContent.SHORT)
    private String title;

    @Column(length = DossierContent.ITEM)
    private String text;

    protected DossierStep() {
    }

    DossierStep(DossierContent.Step step) {
        this.title = step.title();
        this.text = step.text();
    }

    DossierContent.Step step() {
        return new DossierContent.Step(title, text);
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }
}
