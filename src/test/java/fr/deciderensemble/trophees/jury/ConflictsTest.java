package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConflictsTest {

    @Test
    void anOrganisationsDomainSuggestsATieButAPublicProvidersDoesNot() {
        assertThat(Conflicts.privateDomain("maire@Ville-Exemple.fr")).isEqualTo("ville-exemple.fr");
        assertThat(Conflicts.privateDomain("jean.dupont@orange.fr")).isNull();
        assertThat(Conflicts.privateDomain("JEAN@GMAIL.COM")).isNull();
    }
}
