package fr.deciderensemble.trophees.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

class OutboxMailTest {

    private static final OffsetDateTime WRITTEN = OffsetDateTime.parse("2026-12-01T18:00:00+01:00");

    private static OutboxMail mail() {
        return new OutboxMail("candidat@trophees.example", "Accusé de réception", "Bonjour", WRITTEN, null);
    }

    @Test
    void retriesBackOffFromFiveSecondsToTenMinutesAtMost() {
        OutboxMail mail = mail();
        OffsetDateTime now = WRITTEN;
        long[] expected = {5, 10, 20, 40, 80, 160, 320, 600, 600, 600};
        for (long seconds : expected) {
            mail.failed(MailFailure.UNREACHABLE, "Connection refused", now);
            assertThat(Duration.between(now, mail.getNextAttemptAt())).hasSeconds(seconds);
            now = mail.getNextAttemptAt();
        }
        assertThat(mail.isGivenUp()).isFalse();
    }

    @Test
    void aPermanentRefusalIsGivenUpAfterThreeTries() {
        OutboxMail mail = mail();
        mail.failed(MailFailure.REFUSED, "550 5.1.1 User unknown", WRITTEN);
        mail.failed(MailFailure.REFUSED, "550 5.1.1 User unknown", WRITTEN.plusSeconds(5));
        assertThat(mail.isGivenUp()).isFalse();
        mail.failed(MailFailure.REFUSED, "550 5.1.1 User unknown", WRITTEN.plusSeconds(15));
        assertThat(mail.isGivenUp()).isTrue();
        assertThat(mail.getLastError()).startsWith("550");
        assertThat(mail.getLastFailure()).isEqualTo(MailFailure.REFUSED);
    }

    @Test
    void aMailStillFailingAfterTwoDaysIsGivenUpAndStaffMaySendItAgain() {
        OutboxMail mail = mail();
        mail.failed(MailFailure.UNREACHABLE, "Connection refused", WRITTEN.plusDays(2).minusSeconds(1));
        assertThat(mail.isGivenUp()).isFalse();
        mail.failed(MailFailure.UNREACHABLE, "Connection refused", WRITTEN.plusDays(2));
        assertThat(mail.isGivenUp()).isTrue();

        mail.retry(WRITTEN.plusDays(3));
        assertThat(mail.isGivenUp()).isFalse();
        assertThat(mail.getNextAttemptAt()).isEqualTo(WRITTEN.plusDays(3));
    }

    @Test
    void a5xxReplyRefusesForGoodA4xxOneForNowAndNoReplyIsAServerOutOfReach() {
        assertThat(MailSender.refusal(new SendFailedException("550 5.1.1 <x@y.fr>: Recipient address rejected")))
                .isEqualTo(MailFailure.REFUSED);
        MessagingException nested = new SendFailedException("Invalid Addresses");
        nested.setNextException(new MessagingException("553-5.1.3 The recipient address is not valid"));
        assertThat(MailSender.refusal(nested)).isEqualTo(MailFailure.REFUSED);
        assertThat(MailSender.refusal(new SendFailedException("451 4.7.1 Greylisted, try again")))
                .isEqualTo(MailFailure.DEFERRED);
        assertThat(MailSender.refusal(new MessagingException("Connection reset")))
                .as("no reply at all: the server may answer next time").isEqualTo(MailFailure.UNREACHABLE);
    }
}
