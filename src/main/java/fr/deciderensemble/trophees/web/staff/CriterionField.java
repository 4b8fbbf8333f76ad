package fr.deciderensemble.trophees.web.staff;

import java.io.Serializable;

/** One line of the criteria form as staff type it: a label and a weight, both blank to drop the line. */
public class CriterionField implements Serializable {

    private static final long serialVersionUID = 1L;

    private String label;
    private Integer weight;

    CriterionField(String label, Integer weight) {
        this.label = label;
        this.weight = weight;
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
