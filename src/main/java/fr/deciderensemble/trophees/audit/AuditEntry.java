package fr.deciderensemble.trophees.audit;

import java.time.OffsetDateTime;

import fr.deciderensemble.trophees.edition.Edition;
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

/** One line of the journal; never changed once written. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.ofEdition",
        query = "select e from AuditEntry e where e.edition = :edition order by e.recordedAt desc, e.id desc")
public class AuditEntry {

    static final int MAX_VALUE = 1000;
    static final int MAX_SUBJECT = 300;

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "edition_id")
    private Edition edition;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(nullable = false, length = 254)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @Column(length = MAX_SUBJECT)
    private String subject;

    @Column(name = "before_value", length = MAX_VALUE)
    private String before;

    @Column(name = "after_value", length = MAX_VALUE)
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Edition edition, String actor, Action action, String subject, String before, String after) {
        this.edition = edition;
        this.recordedAt = OffsetDateTime.now();
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.before = before;
        this.after = after;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
