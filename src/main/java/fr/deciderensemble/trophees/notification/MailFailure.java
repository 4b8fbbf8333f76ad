package fr.deciderensemble.trophees.notification;

/**
 * Why a mail has not left, in terms staff can act on; the server's own words are kept beside it for whoever runs
 * the mail server.
 */
public enum MailFailure {
    /** No mail server answered: the mail waits for it. */
    UNREACHABLE(false),
    /** The server said "not now" (a 4xx reply, as a greylisting server does). */
    DEFERRED(false),
    /** The server refused it for good (a 5xx reply), most often an address it does not know. */
    REFUSED(true),
    /** The stored address is not one mailbox: no server could take it. */
    BAD_ADDRESS(true);

    private final boolean permanent;

    MailFailure(boolean permanent) {
        this.permanent = permanent;
    }

    /** Whether trying again may not help, so that the mail is given up after a few tries. */
    boolean permanent() {
        return permanent;
    }
}
