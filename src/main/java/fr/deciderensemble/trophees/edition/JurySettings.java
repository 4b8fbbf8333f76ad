package fr.deciderensemble.trophees.edition;

import java.util.ArrayList;
import java.util.List;

/**
 * What an edition sets for its jury: the jurors each dossier gets from the automatic assignment, and the days
 * before the scoring deadline when jurors with unsent sheets are reminded (the first reminder before the last).
 */
public record JurySettings(int jurorsPerDossier, int firstReminderDays, int lastReminderDays) {

    public static final JurySettings DEFAULTS = new JurySettings(3, 7, 2);
    public static final int MAX_JURORS_PER_DOSSIER = 12;
    public static final int MAX_REMINDER_DAYS = 60;

    /** Message keys of what is wrong, in the order of the form. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (jurorsPerDossier < 1 || jurorsPerDossier > MAX_JURORS_PER_DOSSIER) {
            problems.add("edition.jury.perDossier");
        }
        if (firstReminderDays < 1 || firstReminderDays > MAX_REMINDER_DAYS || lastReminderDays < 1
                || lastReminderDays > MAX_REMINDER_DAYS) {
            problems.add("edition.jury.reminderDays");
        } else if (firstReminderDays <= lastReminderDays) {
            problems.add("edition.jury.reminderOrder");
        }
        return problems;
    }
}
