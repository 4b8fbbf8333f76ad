package fr.deciderensemble.trophees.notification;

import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes e-mails to the outbox within the caller's transaction; {@link MailSender} sends them. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    /** A mail written in its recipient's language. */
    public void send(Recipient recipient, String subjectKey, String bodyKey, Object... arguments) {
        write(recipient, null, subjectKey, bodyKey, arguments);
    }

    /** A mail that carries a stored file (a receipt) as an attachment. */
    public void sendWith(long fileId, Recipient recipient, String subjectKey, String bodyKey, Object... arguments) {
        write(recipient, fileId, subjectKey, bodyKey, arguments);
    }

    private void write(Recipient recipient, Long fileId, String subjectKey, String bodyKey, Object... arguments) {
        Locale locale = recipient.locale();
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        String subject = new MessageFormat(bundle.getString(subjectKey), locale).format(arguments);
        String body = new MessageFormat(bundle.getString(bodyKey), locale).format(arguments);
        em.persist(new OutboxMail(recipient.address(), subject, body, OffsetDateTime.now(), fileId));
    }

    /** Every mail to this address, sent or not, is forgotten: it holds the person's name and what they did. */
    public void forget(String address) {
        em.createNamedQuery("OutboxMail.forget").setParameter("recipient", address).executeUpdate();
    }

    /** Mails not sent yet that failed at least once, newest first: what staff should know about. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxMail> undelivered() {
        return em.createNamedQuery("OutboxMail.undelivered", OutboxMail.class).setMaxResults(500).getResultList();
    }

    /** How many mails were given up. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long givenUp() {
        return em.createNamedQuery("OutboxMail.countFailed", Long.class).getSingleResult();
    }

    /** Sends a given-up mail again, at once. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void retry(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null && mail.isGivenUp()) {
            mail.retry(OffsetDateTime.now());
        }
    }
}
