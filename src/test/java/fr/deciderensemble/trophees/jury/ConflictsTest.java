package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ConflictsTest {

    @Test
    void anOrganisationsDomainSuggestsATieButAPublicProvidersDoesNot() {
        assertThat(Conflicts.privateDomain("maire@Ville-Exemple.fr")).isEqualTo("ville-exemple.fr");
        assertThat(Conflicts.privateDomain("jean.dupont@orange.fr")).isNull();
        assertThat(Conflicts.privateDomain("JEAN@GMAIL.COM")).isNull();
    }

    @Test
    void aDossiersContactsCountAsMuchAsItsCandidate() {
        assertThat(Conflicts.privateDomains(Stream.of("candidat@gmail.com", "elue@Agglo-Exemple.fr", null, "",
                "dgs@agglo-exemple.fr"))).containsExactly("agglo-exemple.fr");
    }

    @Test
    void aJurorFromTheHoldingOrganisationIsSuggestedButAGenericWordIsNot() {
        assertThat(Conflicts.sameOrganisation("Mairie de Saint-Exemple", "MAIRIE DE SAINT EXEMPLE")).isTrue();
        assertThat(Conflicts.sameOrganisation("Ville de Nantes", "Ville de Nantes — direction de la participation"))
                .as("the holder's name says more").isTrue();
        assertThat(Conflicts.sameOrganisation("Département de l’Hérault", "departement de l herault")).isTrue();
        assertThat(Conflicts.sameOrganisation("Mairie", "Mairie de Saint-Exemple")).as("one generic word").isFalse();
        assertThat(Conflicts.sameOrganisation("Ville de Nantes", "Nantes Métropole")).isFalse();
        assertThat(Conflicts.sameOrganisation("Ville de Nant", "Ville de Nantes")).as("whole words only").isFalse();
        assertThat(Conflicts.sameOrganisation(null, "Mairie de Saint-Exemple")).isFalse();
    }
}
