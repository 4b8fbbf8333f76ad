package fr.deciderensemble.trophees.notification;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An e-mail written in the transaction that caused it, sent after commit and retried, up to ten minutes apart,
 * until it leaves. A mail the server refuses for good (a 5xx reply, an address it does not know) is given up after
 * a few tries, and any mail still failing after two days too: staff see those and may send them again.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = "OutboxMail.due", query = "select m from OutboxMail m where m.sentAt is null"
        + " and m.failedAt is null and m.nextAttemptAt <= :now order by m.id")
@NamedQuery(name = "OutboxMail.undelivered", query = "select m from OutboxMail m where m.sentAt is null"
        + " and (m.failedAt is not null or m.attempts > 0) order by m.createdAt desc")
@NamedQuery(name = "OutboxMail.countFailed", query = "select count(m) from OutboxMail m where m.failedAt is not null")
@NamedQuery(name = "OutboxMail.forget", query = "delete from OutboxMail m where lower(m.recipient) = lower(:recipient)")
public class OutboxMail {

    static final int MAX_ERROR = 1000;
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofMinutes(10);
    /** Tries of a mail the server refuses for good: a refusal may still be a passing misconfiguration. */
    static final int PERMANENT_TRIES = 3;
    static final Duration GIVE_UP_AFTER = Duration.ofDays(2);

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

    @Column(name = "failed_at")
    private OffsetDateTime failedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_failure", length = 20)
    private MailFailure lastFailure;

    /* A stored file the mail carries (a receipt), by id: the file belongs to whoever issued it. */
    @Column(name = "attachment_file_id")
    private Long attachmentFileId;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String subject, String body, OffsetDateTime now, Long attachmentFileId) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.attachmentFileId = attachmentFileId;
    }

    void sent(OffsetDateTime now) {
        sentAt = now;
        attempts++;
    }

    /** Backs off exponentially from five seconds to ten minutes; gives up as the class comment says. */
    void failed(MailFailure failure, String error, OffsetDateTime now) {
        attempts++;
        lastFailure = failure;
        lastError = error == null ? "" : error.substring(0, Math.min(error.length(), MAX_ERROR));
        if (failure.permanent() && attempts >= PERMANENT_TRIES || !now.isBefore(createdAt.plus(GIVE_UP_AFTER))) {
            failedAt = now;
            return;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }

    /** Staff send a given-up mail again, as if new. */
    void retry(OffsetDateTime now) {
        failedAt = null;
        nextAttemptAt = now;
    }

    public Long getAttachmentFileId() {
        return attachmentFileId;
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

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getFailedAt() {
        return failedAt;
    }

    public boolean isGivenUp() {
        return failedAt != null;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    /** Why it has not left yet, or {@code null} for a mail that failed before the reason was kept. */
    public MailFailure getLastFailure() {
        return lastFailure;
    }
}
