package fr.deciderensemble.trophees.notification;

import java.util.Locale;

/** Who a mail goes to, and the language they read it in. */
public record Recipient(String address, Locale locale) {
}
