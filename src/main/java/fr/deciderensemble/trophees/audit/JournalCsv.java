package fr.deciderensemble.trophees.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import fr.deciderensemble.trophees.platform.Csv;
import fr.deciderensemble.trophees.platform.ParisTime;

/** The journal for a spreadsheet, in French: Paris time to the second, as spreadsheets read dates. */
public final class JournalCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private JournalCsv() {
    }

    public static byte[] write(List<AuditEntry> entries) {
        ResourceBundle labels = ResourceBundle.getBundle("messages", Locale.FRENCH);
        Csv csv = new Csv().row("Date (heure de Paris)", "Qui", "Action", "Sur", "Avant", "Après");
        entries.forEach(entry -> csv.row(TIME.format(ParisTime.local(entry.getRecordedAt())), entry.getActor(),
                labels.getString("audit.action." + entry.getAction().name()), orEmpty(entry.getSubject()),
                orEmpty(entry.getBefore()), orEmpty(entry.getAfter())));
        return csv.bytes();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
