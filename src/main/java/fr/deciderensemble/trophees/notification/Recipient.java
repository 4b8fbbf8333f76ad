package fr.deciderensemble.trophees.notification;

import java.util.Locale;

/** Who a mail goes to, and the language they read it in. */
public record Recipient(String address, Locale locale) {

    /** Somebody without an account, or whose language is not known: the programme's own language. */
    public static Recipient french(String address) {
        return new Recipient(address, Locale.FRENCH);
    }
}
