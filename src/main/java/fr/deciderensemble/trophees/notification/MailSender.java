package fr.deciderensemble.trophees.notification;

import java.io.UnsupportedEncodingException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.deciderensemble.trophees.media.FileStore;
import fr.deciderensemble.trophees.media.StoredFile;
import fr.deciderensemble.trophees.platform.Readiness;
import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Sends what the outbox holds through the configured SMTP server, every two seconds. A failure leaves the mail
 * for a later try ({@link OutboxMail#failed}); a server out of reach costs one connection attempt per round.
 */
@Singleton
public class MailSender {

    private static final int BATCH = 50;
    private static final Pattern PERMANENT = Pattern.compile("^\\s*5\\d\\d[ -]");
    private static final Pattern TRANSIENT = Pattern.compile("^\\s*4\\d\\d[ -]");

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

    @Inject
    private Readiness readiness;

    @Inject
    private FileStore files;

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
        if (!readiness.isReady()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        List<OutboxMail> due;
        try {
            due = em.createNamedQuery("OutboxMail.due", OutboxMail.class)
                    .setParameter("now", now).setMaxResults(BATCH).getResultList();
        } catch (PersistenceException databaseDown) {
            // The health check says so; the mails wait in the outbox for the database to answer again.
            return;
        }
        if (due.isEmpty()) {
            return;
        }
        // One connection for the whole batch: a server out of reach costs one attempt, not one per mail.
        int handled = 0;
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (; handled < due.size(); handled++) {
                send(transport, due.get(handled), now);
            }
        } catch (MessagingException unreachable) {
            due.subList(handled, due.size()).forEach(mail -> mail.failed(MailFailure.UNREACHABLE, describe(unreachable), now));
        }
    }

    private void send(Transport transport, OutboxMail mail, OffsetDateTime now) throws MessagingException {
        MimeMessage message;
        try {
            message = message(mail);
        } catch (AddressException | IllegalArgumentException badAddress) {
            mail.failed(MailFailure.BAD_ADDRESS, null, now);
            return;
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
            mail.sent(now);
        } catch (SendFailedException refused) {
            mail.failed(refusal(refused), describe(refused), now);
        } catch (MessagingException lost) {
            if (transport.isConnected()) {
                mail.failed(refusal(lost), describe(lost), now);
            } else {
                throw lost;
            }
        }
    }

    /**
     * RFC 5321: a 5xx reply is a permanent refusal, a 4xx one a "not now"; a failure without a reply (a connection
     * lost on the way) is worth another try, as a server out of reach is.
     */
    static MailFailure refusal(Exception failure) {
        return replied(failure, PERMANENT) ? MailFailure.REFUSED
                : replied(failure, TRANSIENT) ? MailFailure.DEFERRED : MailFailure.UNREACHABLE;
    }

    private static boolean replied(Exception failure, Pattern code) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            String message = cause.getMessage();
            if (message != null && code.matcher(message).find()) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable failure) {
        Throwable next = failure instanceof MessagingException messaging ? messaging.getNextException() : null;
        return next != null ? next : failure.getCause();
    }

    private static String describe(Exception failure) {
        Throwable next = next(failure);
        return failure.getMessage() + (next == null || next.getMessage() == null ? "" : " — " + next.getMessage());
    }

    /** One recipient exactly, as stored; its domain goes over SMTP in ASCII. */
    private MimeMessage message(OutboxMail mail) throws MessagingException {
        EmailAddress recipient = EmailAddress.parse(mail.getRecipient())
                .orElseThrow(() -> new AddressException("Not one mailbox", mail.getRecipient()));
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(recipient.ascii(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        StoredFile file = mail.getAttachmentFileId() == null ? null : files.find(mail.getAttachmentFileId());
        if (file == null) {
            message.setText(mail.getBody(), "UTF-8");
            return message;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getBody(), "UTF-8");
        MimeBodyPart attached = new MimeBodyPart();
        attached.setDataHandler(new DataHandler(new ByteArrayDataSource(files.bytes(file.getId()), file.getMediaType())));
        try {
            attached.setFileName(MimeUtility.encodeText(file.getName(), "UTF-8", null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("Every Java runtime has UTF-8", e);
        }
        attached.setDisposition(Part.ATTACHMENT);
        message.setContent(new MimeMultipart(text, attached));
        return message;
    }
}
