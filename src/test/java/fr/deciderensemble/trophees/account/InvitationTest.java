package fr.deciderensemble.trophees.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** An invitation's link: good until it expires or is used, and never mistaken for a candidate's confirmation. */
class InvitationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-04T18:00:00+01:00");

    @Test
    void holdsUntilItExpires() {
        Account juror = new Account("jure@ville.fr", "hash", "Juré", Role.JUROR);
        juror.awaitInvitation("jeton", NOW.plus(Accounts.INVITATION_VALIDITY));

        assertThat(juror.isInvited()).isTrue();
        assertThat(juror.invitationHoldsAt(NOW.plusDays(13))).isTrue();
        assertThat(juror.invitationHoldsAt(NOW.plusDays(14))).isFalse();
        assertThat(juror.isConfirmed()).as("no login before a password is chosen").isFalse();
    }

    @Test
    void isUsedOnce() {
        Account juror = new Account("jure@ville.fr", "hash", "Juré", Role.JUROR);
        juror.awaitInvitation("jeton", NOW.plus(Accounts.INVITATION_VALIDITY));

        juror.choosePassword("new hash");
        juror.confirm();

        assertThat(juror.isInvited()).isFalse();
        assertThat(juror.invitationHoldsAt(NOW)).isFalse();
        assertThat(juror.isConfirmed()).isTrue();
    }

    @Test
    void aCandidatesConfirmationIsNoInvitation() {
        Account candidate = new Account("mairie@ville.fr", "hash", "Mairie", Role.CANDIDATE);
        candidate.awaitConfirmation("jeton");

        assertThat(candidate.isInvited()).isFalse();
        assertThat(candidate.invitationHoldsAt(NOW)).isFalse();
    }
}
