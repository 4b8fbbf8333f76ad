package fr.deciderensemble.trophees.journey;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.base.GreenMailOperations;

import jakarta.mail.internet.MimeMessage;

/** A candidate who registers, follows the link of the confirmation e-mail and logs in, as a newcomer does. */
public final class Registration {

    public static final String PASSWORD = "une-phrase-de-passe";
    private static final Pattern CONFIRMATION = Pattern.compile("(/confirmation\\.xhtml\\?jeton=[\\w-]+)");

    private Registration() {
    }

    /** The candidate's session, logged in; the confirmation e-mail is read from GreenMail. */
    public static WebSession confirmedCandidate(URI base, GreenMailOperations mail, String email, String name) throws Exception {
        WebSession session = new WebSession(base);
        session.submit("/inscription.xhtml", "register", "submit", Map.of(
                "displayName", name, "email", email, "password", PASSWORD));
        String link = null;
        Instant deadline = Instant.now().plusSeconds(30);
        while (link == null && Instant.now().isBefore(deadline)) {
            for (MimeMessage message : mail.getReceivedMessagesForDomain(email)) {
                Matcher found = CONFIRMATION.matcher((String) message.getContent());
                link = found.find() ? found.group(1) : null;
            }
            if (link == null) {
                mail.waitForIncomingEmail(2000, mail.getReceivedMessages().length + 1);
            }
        }
        if (link == null) {
            throw new IllegalStateException("No confirmation e-mail for " + email);
        }
        if (!session.submit(link, "confirm", "confirmAddress", Map.of()).body().contains("est confirmée")) {
            throw new IllegalStateException("The confirmation link of " + email + " was refused");
        }
        if (!session.login(email, PASSWORD).uri().getPath().equals("/candidat/dossiers.xhtml")) {
            throw new IllegalStateException("No login for " + email + " after confirmation");
        }
        return session;
    }
}
