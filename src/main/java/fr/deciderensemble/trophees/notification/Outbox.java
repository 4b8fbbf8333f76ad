package fr.deciderensemble.trophees.notification;

import java.text.MessageFormat;
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

    /** E-mails go out in French: the programme and its candidates are French. */
    private static final Locale LOCALE = Locale.FRENCH;

    @PersistenceContext
    private EntityManager em;

    public void send(String recipient, String subjectKey, String bodyKey, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", LOCALE);
        String subject = new MessageFormat(bundle.getString(subjectKey), LOCALE).format(arguments);
        String body = new MessageFormat(bundle.getString(bodyKey), LOCALE).format(arguments);
        em.persist(new OutboxMail(recipient, subject, body));
    }
}
