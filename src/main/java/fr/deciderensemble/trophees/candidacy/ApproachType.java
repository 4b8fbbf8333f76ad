package fr.deciderensemble.trophees.candidacy;

import java.util.Arrays;

/** Approach types of the resource centre's taxonomy; codes are stable, labels live in the bundles. */
public enum ApproachType {
    DC, BP, PN, IP, DPP, IIC, AU;

    public static boolean isKnown(String code) {
        return Arrays.stream(values()).anyMatch(type -> type.name().equals(code));
    }

    public String getLabelKey() {
        return "approachType." + name();
    }
}
