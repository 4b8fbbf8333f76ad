package fr.deciderensemble.trophees.contributors;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.candidacy.Theme;
import fr.deciderensemble.trophees.edition.Edition;
import fr.deciderensemble.trophees.platform.TextLimits;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

/**
 * A member of an edition's jury as the booklet presents them, and, once invited, as the application knows them: the
 * account they judge with and the themes they know. One list for both, so that the booklet prints the jury that
 * worked. Past editions' members have no account.
 */
@Entity
@Table(name = "jury_member")
@NamedQuery(name = "JuryMember.ofEdition",
        query = "select j from JuryMember j left join fetch j.account where j.edition = :edition order by j.position")
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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @ElementCollection
    @CollectionTable(name = "jury_member_expertise", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    @BatchFetch(BatchFetchType.IN)
    private Set<Theme> expertise = EnumSet.noneOf(Theme.class);

    protected JuryMember() {
    }

    public JuryMember(Edition edition, int position, JuryEntry entry) {
        this.edition = edition;
        this.position = position;
        rewrite(entry);
    }

    void rename(String name) {
        this.name = name;
    }

    void rewrite(JuryEntry entry) {
        this.name = entry.name();
        this.president = entry.president();
        this.jobTitle = entry.position();
        this.organisation = entry.organisation();
        this.biography = entry.biography();
    }

    void know(Set<Theme> themes) {
        expertise = themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes);
    }

    void judgeAs(Account juror) {
        this.account = juror;
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

    /** The account they judge with, once invited; none for a member the booklet only prints. */
    public Account getAccount() {
        return account;
    }

    /** The themes they know, in the taxonomy's order. */
    public Set<Theme> getExpertise() {
        return expertise.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(expertise);
    }
}
