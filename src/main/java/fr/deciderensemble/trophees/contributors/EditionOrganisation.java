package fr.deciderensemble.trophees.contributors;

import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.media.Logo;
import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An organiser, partner or supporter of an edition, as the booklet presents it. */
@Entity
@Table(name = "edition_organisation")
@NamedQuery(name = "EditionOrganisation.ofEdition", query = "select o from EditionOrganisation o"
        + " where o.edition = :edition order by o.kind, o.position")
public class EditionOrganisation {

    public enum Kind {
        ORGANISER, PARTNER, SUPPORTER
    }

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(length = TextLimits.LONG)
    private String description;

    @Column(name = "logo_id")
    private Long logoId;

    protected EditionOrganisation() {
    }

    public EditionOrganisation(Edition edition, int position, OrganisationEntry entry) {
        this.edition = edition;
        this.position = position;
        rewrite(entry);
    }

    void rewrite(OrganisationEntry entry) {
        this.kind = entry.kind();
        this.name = entry.name();
        this.description = entry.description();
    }

    void placeAt(int position) {
        this.position = position;
    }

    public Edition getEdition() {
        return edition;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Long getLogoId() {
        return logoId;
    }

    public void showLogo(Logo logo) {
        this.logoId = logo.getId();
    }
}
