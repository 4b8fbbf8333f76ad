package fr.deciderensemble.trophees.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class CoEditorInvitationTest {

    private static final OffsetDateTime SENT = OffsetDateTime.parse("2027-01-05T18:00:00+01:00");

    @Test
    void aLinkWorksSevenDaysAndNotASecondMore() {
        CoEditorInvitation invitation = new CoEditorInvitation(null, "collegue@exemple.org", "hash", null, SENT);

        assertThat(invitation.holdsAt(SENT.plusDays(6).plusHours(23))).isTrue();
        assertThat(invitation.holdsAt(SENT.plusDays(7))).isFalse();
        assertThat(invitation.holdsAt(SENT.plusMonths(1))).isFalse();
    }
}
