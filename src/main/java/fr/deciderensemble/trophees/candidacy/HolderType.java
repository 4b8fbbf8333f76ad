package fr.deciderensemble.trophees.candidacy;

import java.util.Arrays;

/** Holder types of the resource centre's taxonomy; codes are stable, labels live in the bundles. */
public enum HolderType {
    AE, AC, DEP, ENT, GV, VM, PV, RG, AUT;

    public static boolean isKnown(String code) {
        return Arrays.stream(values()).anyMatch(t -> t.name().equals(code));
    }

    public String getLabelKey() {
        return "holderType." + name();
    }
}
