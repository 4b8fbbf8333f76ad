package fr.deciderensemble.trophees.platform;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** Staff and candidates read and enter every date in Paris time, whatever the server's zone. */
public final class ParisTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH = frenchDate(" 'à' HH:mm");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm",
            Locale.ENGLISH);
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

    private ParisTime() {
    }

    /** "1er décembre 2026" then the pattern's rest: French writes the first of the month as an ordinal. */
    public static DateTimeFormatter frenchDate(String rest) {
        Map<Long, String> days = LongStream.rangeClosed(1, 31).boxed()
                .collect(Collectors.toMap(Function.identity(), day -> day == 1 ? "1er" : day.toString()));
        return new DateTimeFormatterBuilder().appendText(ChronoField.DAY_OF_MONTH, days)
                .appendPattern(" MMMM yyyy" + rest).toFormatter(Locale.FRENCH);
    }

    /** "5 décembre 2026 à 14:02": for what is printed in French only (the minutes). */
    public static String text(OffsetDateTime instant) {
        return text(instant, Locale.FRENCH);
    }

    /** "5 décembre 2026 à 14:02" or "5 December 2026 at 14:02", in the reader's language. */
    public static String text(OffsetDateTime instant, Locale locale) {
        DateTimeFormatter format = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
        return instant == null ? "" : format.format(instant.atZoneSameInstant(ZONE));
    }
}
