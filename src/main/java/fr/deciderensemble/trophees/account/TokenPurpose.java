package fr.deciderensemble.trophees.account;

import java.time.Duration;

/** What a mailed link does, and how long it works: an hour, so that an old mail in a shared inbox opens nothing. */
enum TokenPurpose {
    PASSWORD_RESET, CONFIRMATION, EMAIL_CHANGE;

    static final Duration VALIDITY = Duration.ofHours(1);
}
