package fr.deciderensemble.trophees.jury;

import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;

/** One line of an edition's score sheet: what jurors rate from 1 to 4, and how much it weighs in the result. */
@Entity
@NamedQuery(name = "Criterion.ofEdition",
        query = "select c from Criterion c where c.edition = :edition order by c.position")
public class Criterion {

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    private int position;

    @Column(nullable = false, length = TextLimits.SHORT)
    private String label;

    private int weight;

    protected Criterion() {
    }

    Criterion(Edition edition, int position, String label, int weight) {
        this.edition = edition;
        this.position = position;
        this.label = label;
        this.weight = weight;
    }

    void change(int position, String label, int weight) {
        this.position = position;
        this.label = label;
        this.weight = weight;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public int getWeight() {
        return weight;
    }
}
