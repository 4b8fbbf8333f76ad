package fr.deciderensemble.trophees.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Sends what the outbox holds through the configured SMTP server; a failure leaves the mail for a retry. */
@Singleton
public class MailSender {

    private static final int BATCH = 50;

    @Inject
    @ConfigProperty(name = "trophees.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "trophees.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "trophees.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "trophees.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "trophees.mail.from", defaultValue = "trophees@localhost")
    String from;

    @PersistenceContext
    private EntityManager em;

    private Session session;

    @PostConstruct
    void connect() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        boolean authenticated = user.filter(u -> !u.isBlank()).isPresent();
        properties.put("mail.smtp.auth", String.valueOf(authenticated));
        session = authenticated
                ? Session.getInstance(properties, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user.get(), password.orElse(""));
                    }
                })
                : Session.getInstance(properties);
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void sendDue() {
        List<OutboxMail> due = em.createNamedQuery("OutboxMail.due", OutboxMail.class)
                .setParameter("now", OffsetDateTime.now()).setMaxResults(BATCH).getResultList();
        for (OutboxMail mail : due) {
            try {
                Transport.send(message(mail));
                mail.sent();
            } catch (MessagingException | RuntimeException e) {
                mail.failed(e.getMessage());
            }
        }
    }

    private MimeMessage message(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBody(), "UTF-8");
        return message;
    }
}
