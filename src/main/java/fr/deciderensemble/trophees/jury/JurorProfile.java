package fr.deciderensemble.trophees.jury;

import java.util.Set;

import fr.deciderensemble.trophees.account.Account;
import fr.deciderensemble.trophees.candidacy.Theme;

/** A member of an edition's jury as the jury's work needs them: their account, organisation and expertise. */
public record JurorProfile(Account account, String organisation, Set<Theme> expertise) {

    public JurorProfile {
        expertise = Set.copyOf(expertise);
    }

    /** A juror the edition's jury list does not describe: no organisation, no expertise known. */
    static JurorProfile unknown(Account account) {
        return new JurorProfile(account, null, Set.of());
    }

    /** Whether they know the dossier's theme; a dossier without one fits nobody better than anybody else. */
    boolean knows(String themeCode) {
        return themeCode != null && expertise.stream().anyMatch(theme -> theme.name().equals(themeCode));
    }
}
