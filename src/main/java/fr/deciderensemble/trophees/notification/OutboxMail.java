package fr.deciderensemble.trophees.notification;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An e-mail written in the transaction that caused it, sent after commit, retried until it leaves. */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = "OutboxMail.due", query = "select m from OutboxMail m where m.sentAt is null"
        + " and m.nextAttemptAt <= :now order by m.id")
public class OutboxMail {

    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String subject, String body) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = OffsetDateTime.now();
        this.nextAttemptAt = createdAt;
    }

    void sent() {
        sentAt = OffsetDateTime.now();
        attempts++;
    }

    /** Backs off exponentially, up to an hour between attempts. */
    void failed(String error) {
        attempts++;
        lastError = error == null ? "" : error.substring(0, Math.min(error.length(), MAX_ERROR));
        long seconds = Math.min(3600, (long) Math.pow(2, Math.min(attempts, 12)) * 5);
        nextAttemptAt = OffsetDateTime.now().plusSeconds(seconds);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }
}
