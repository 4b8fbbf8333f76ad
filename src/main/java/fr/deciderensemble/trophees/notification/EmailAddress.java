package fr.deciderensemble.trophees.notification;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.deciderensemble.trophees.platform.Text;

/**
 * Exactly one mailbox, nothing else: no display name ({@code Nom <a@b.fr>}), no list ({@code a@b.fr, c@d.fr}),
 * no comment, no quoted local part, so that a mail can only ever reach the address shown. The part before the
 * {@code @} is plain ASCII, because a relay without SMTPUTF8 would lose a mail to {@code élodie@…}; the domain may
 * be international ({@code mairie@évreux.fr}): it is kept as typed and sent in its ASCII form.
 *
 * @param address the canonical form, as stored and compared: lower case, accents composed
 */
public record EmailAddress(String address) {

    static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern ASCII_DOMAIN =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

    /** The address a person typed, or nothing when it is not exactly one mailbox. */
    public static Optional<EmailAddress> parse(String typed) {
        String text = Text.normalise(typed);
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        text = text.toLowerCase(Locale.ROOT);
        int at = text.indexOf('@');
        if (at < 1 || at != text.lastIndexOf('@') || at > 64) {
            return Optional.empty();
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        Optional<String> ascii = asciiDomain(domain);
        if (!LOCAL.matcher(local).matches() || ascii.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(local + "@" + IDN.toUnicode(ascii.get())));
    }

    /** The form stored and compared, or the text itself lower-cased when it is no address: nobody has that account. */
    public static String canonical(String typed) {
        return parse(typed).map(EmailAddress::address)
                .orElseGet(() -> typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT));
    }

    /** The address as it goes over SMTP: the domain in its ASCII form. */
    public String ascii() {
        int at = address.indexOf('@');
        return address.substring(0, at + 1) + IDN.toASCII(address.substring(at + 1));
    }

    private static Optional<String> asciiDomain(String domain) {
        try {
            String ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            return ascii.length() <= 253 && ASCII_DOMAIN.matcher(ascii).matches() ? Optional.of(ascii) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
