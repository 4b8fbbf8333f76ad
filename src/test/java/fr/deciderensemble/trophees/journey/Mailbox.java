package fr.deciderensemble.trophees.journey;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** What GreenMail received for one address, waited for as a person waits for a mail: until it comes. */
public final class Mailbox {

    private static final long PATIENCE_MS = 30_000;

    private Mailbox() {
    }

    /**
     * GreenMail for a test class on the port the build reserved ({@code trophees.it.smtpPort}), the one the
     * application that Arquillian starts sends to; kept for the whole class, as that application is.
     */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("trophees.it.smtpPort"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }

    /** The first mail to this address whose subject holds these words; fails after 30 s without one. */
    public static MimeMessage await(GreenMailOperations mail, String recipient, String subjectPart) throws Exception {
        return await(mail, recipient, subjectPart, 1).get(0);
    }

    /** The first {@code count} such mails, once they have all come. */
    public static List<MimeMessage> await(GreenMailOperations mail, String recipient, String subjectPart, int count)
            throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (true) {
            List<MimeMessage> found = received(mail, recipient, subjectPart);
            if (found.size() >= count) {
                return found.subList(0, count);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Not " + count + " e-mails to " + recipient + " about « " + subjectPart + " »");
            }
            mail.waitForIncomingEmail(1000, mail.getReceivedMessages().length + 1);
        }
    }

    /** Every mail received so far to this address whose subject holds these words, oldest first. */
    public static List<MimeMessage> received(GreenMailOperations mail, String recipient, String subjectPart) {
        return Arrays.stream(mail.getReceivedMessagesForDomain(recipient)).filter(message -> {
            try {
                return message.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The path and query of the first link in the mail to this page of the application. */
    public static String link(MimeMessage message, String page) throws Exception {
        Matcher found = Pattern.compile("https?://[^/\\s]+(/" + Pattern.quote(page) + "\\?jeton=[\\w-]+)")
                .matcher(text(message));
        if (!found.find()) {
            throw new AssertionError("No link to " + page + " in: " + text(message));
        }
        return found.group(1);
    }

    /** What the mail says: its text, whether or not a file comes with it. */
    public static String text(MimeMessage message) throws Exception {
        return (String) (message.getContent() instanceof Multipart parts ? parts.getBodyPart(0).getContent()
                : message.getContent());
    }

    /** The file the mail carries, as its name and bytes; fails if none. */
    public static byte[] attachment(MimeMessage message, String fileName) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (fileName.equals(parts.getBodyPart(i).getFileName())) {
                return parts.getBodyPart(i).getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No attachment " + fileName);
    }
}
