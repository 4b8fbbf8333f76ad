package fr.deciderensemble.trophees.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import fr.deciderensemble.trophees.journey.Demo;
import fr.deciderensemble.trophees.journey.RunningApplication;
import fr.deciderensemble.trophees.journey.WebSession;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail server is down when a candidate registers: the registration goes through, staff see the confirmation
 * mail waiting on /equipe/courriels.xhtml, and it leaves by itself once the server is back, a few seconds later.
 */
class SmtpOutageIT {

    @Test
    void aMailWrittenDuringAnOutageLeavesOnceTheServerIsBack() throws Exception {
        int smtpPort = RunningApplication.freePort();
        try (RunningApplication app = RunningApplication.start(Files.createTempDirectory("trophees-smtp"), Map.of(
                "TROPHEES_DEMO", "true", "TROPHEES_SMTP_HOST", "127.0.0.1", "TROPHEES_SMTP_PORT", String.valueOf(smtpPort)))) {
            String registered = new WebSession(app.base()).submit("/inscription.xhtml", "register", "submit", Map.of(
                    "displayName", "Association Exemple", "email", "nouvelle@exemple.org",
                    "password", "une-phrase-de-passe")).body();
            assertThat(registered).as("the registration does not wait for the mail server").contains("id=\"registered\"");

            WebSession staff = Demo.signedIn(app.base(), Demo.STAFF);
            String waiting = until(() -> staff.get("/equipe/courriels.xhtml").body(),
                    page -> page.contains("nouvelle@exemple.org") && page.contains("En nouvelle tentative"));
            assertThat(waiting).as("the cause in French, the server's words beside it")
                    .contains("Le serveur de messagerie ne répond pas.", "Nouvel essai à ", "Connection refused");

            GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            try {
                assertThat(mail.waitForIncomingEmail(60_000, 1)).as("the confirmation mail, after the outage").isTrue();
                MimeMessage confirmation = mail.getReceivedMessagesForDomain("exemple.org")[0];
                assertThat(confirmation.getAllRecipients()).hasSize(1);
                assertThat((String) confirmation.getContent()).contains("/confirmation.xhtml?jeton=");
                assertThat(until(() -> staff.get("/equipe/courriels.xhtml").body(),
                        page -> !page.contains("nouvelle@exemple.org"))).contains("Aucun courriel en souffrance");
            } finally {
                mail.stop();
            }
        }
    }

    private interface Read {
        String get() throws Exception;
    }

    private static String until(Read read, Predicate<String> condition) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        String last = read.get();
        while (!condition.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = read.get();
        }
        assertThat(condition.test(last)).as("page within a minute:%n%s", last).isTrue();
        return last;
    }
}
