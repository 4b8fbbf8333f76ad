package fr.deciderensemble.trophees.account;

import java.util.Arrays;
import java.util.Locale;

/** The languages of the pages and mails: French, the programme's, and English. */
public enum Language {
    FRENCH("fr"), ENGLISH("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language of a code; French for anything else. */
    public static Language of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst().orElse(FRENCH);
    }
}
