package fr.deciderensemble.trophees.platform;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Staff and candidates read and enter every date in Paris time, whatever the server's zone. */
@Named
@ApplicationScoped
public class ParisTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    public static OffsetDateTime of(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toOffsetDateTime();
    }

    public static LocalDateTime local(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(ZONE).toLocalDateTime();
    }

    /** The hour and minute in Paris, as in "Enregistré à 14:02". */
    public static String clock(OffsetDateTime instant) {
        return instant == null ? "" : CLOCK.format(instant.atZoneSameInstant(ZONE));
    }

    public String format(OffsetDateTime instant) {
        return text(instant);
    }

    public static String text(OffsetDateTime instant) {
        return instant == null ? "" : FORMAT.format(instant.atZoneSameInstant(ZONE));
    }
}
