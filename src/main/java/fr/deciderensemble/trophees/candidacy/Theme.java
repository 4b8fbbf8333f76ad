package fr.deciderensemble.trophees.candidacy;

import java.util.Arrays;

/**
 * Main themes of the resource centre's taxonomy: a dossier has one, a juror knows some. Codes are stable, labels
 * live in the bundles.
 */
public enum Theme {
    MTH, URB, ENV, JEU, ACT, SAN;

    public static boolean isKnown(String code) {
        return Arrays.stream(values()).anyMatch(theme -> theme.name().equals(code));
    }

    public String getLabelKey() {
        return "theme." + name();
    }
}
