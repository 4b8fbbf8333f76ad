package fr.deciderensemble.trophees.contributors;

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
import jakarta.persistence.Table;

/** A member of an edition's jury as the booklet presents them (not an account: past jurors have none). */
@Entity
@Table(name = "jury_member")
@NamedQuery(name = "JuryMember.ofEdition",
        query = "select j from JuryMember j where j.edition = :edition order by j.position")
public class JuryMember {

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean president;

    @Column(name = "job_title")
    private String jobTitle;

    private String organisation;

    @Column(length = TextLimits.LONG)
    private String biography;

    protected JuryMember() {
    }

    public JuryMember(Edition edition, int position, JuryEntry entry) {
        this.edition = edition;
        this.position = position;
        rewrite(entry);
    }

    void rewrite(JuryEntry entry) {
        this.name = entry.name();
        this.president = entry.president();
        this.jobTitle = entry.position();
        this.organisation = entry.organisation();
        this.biography = entry.biography();
    }

    void placeAt(int position) {
        this.position = position;
    }

    Edition getEdition() {
        return edition;
    }

    public JuryEntry entry() {
        return new JuryEntry(name, president, jobTitle, organisation, biography);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isPresident() {
        return president;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getBiography() {
        return biography;
    }
}
