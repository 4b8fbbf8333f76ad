package fr.deciderensemble.trophees.web.staff;

import java.io.Serializable;

/** One line of the criteria form as staff type it: a label and a weight, both blank to remove the criterion. */
public class CriterionField implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private String label;
    private Integer weight;

    CriterionField(Long id, String label, Integer weight) {
        this.id = id;
        this.label = label;
        this.weight = weight;
    }

    /** The stored criterion this line shows, null for a new line. */
    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }
}
