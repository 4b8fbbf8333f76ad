package fr.deciderensemble.trophees.jury;

import fr.deciderensemble.trophees.platform.TextLimits;

/**
 * What the president decides for one dossier: a recognition, with its title for a special mention or a jury
 * prize, or no award at all ({@link #NOT_AWARDED}); and, for the minutes, why: optional while the jury works,
 * required for the lock.
 */
public record Verdict(Recognition recognition, String recognitionTitle, String rationale) {

    public static final Verdict NOT_AWARDED = new Verdict(null, null);

    /** The title is kept only where the recognition carries one; texts are normalised as every stored text. */
    public Verdict {
        recognitionTitle = recognition != null && recognition.titled() ? TextLimits.stored(recognitionTitle) : null;
        rationale = TextLimits.stored(rationale);
    }

    public Verdict(Recognition recognition, String recognitionTitle) {
        this(recognition, recognitionTitle, null);
    }

    /** The same decision, with why it was taken. */
    public Verdict because(String why) {
        return new Verdict(recognition, recognitionTitle, why);
    }

    public boolean awarded() {
        return recognition != null;
    }

    /** A special mention or a jury prize is printed under its own title: without one it cannot be given. */
    public boolean untitled() {
        return awarded() && recognition.titled() && recognitionTitle == null;
    }

    public boolean titleTooLong() {
        return TextLimits.tooLong(recognitionTitle, TextLimits.SHORT);
    }

    /** The verdict as the journal and the minutes write it, in French: "3 étoiles", "Prix du jury — …". */
    public String journalText() {
        if (!awarded()) {
            return "Non lauréat";
        }
        return switch (recognition) {
            case SPECIAL_MENTION -> named("Mention spéciale", recognitionTitle);
            case JURY_PRIZE -> named("Prix du jury", recognitionTitle);
            default -> stars(recognition.stars());
        };
    }

    /** Stars as the journal writes them: "1 étoile", "3 étoiles", and "non lauréat" for none. */
    static String stars(int stars) {
        return stars == 0 ? "non lauréat" : stars + (stars == 1 ? " étoile" : " étoiles");
    }

    /** A title that says what it is already, as the page's example does, is written once, not after its kind. */
    private static String named(String kind, String title) {
        return title.regionMatches(true, 0, kind, 0, kind.length()) ? title : kind + " — " + title;
    }

    /** Without a rationale, which the minutes give for every decision: a deliberation is not locked so. */
    public boolean unexplained() {
        return rationale == null;
    }

    public boolean rationaleTooLong() {
        return TextLimits.tooLong(rationale, TextLimits.ITEM);
    }

    /** Why this verdict cannot be given, as a message key; null when it can. */
    public String problem() {
        return untitled() ? "jury.decision.untitled" : titleTooLong() ? "jury.decision.titleTooLong"
                : rationaleTooLong() ? "jury.decision.rationaleTooLong" : null;
    }
}
