package fr.deciderensemble.trophees.web;

import java.io.Serializable;

/** One step of a project as a form holds it, exactly as typed: a title and a text (a dossier, a laureate's text). */
public class StepRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String text;

    public StepRow(String title, String text) {
        this.title = title;
        this.text = text;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
