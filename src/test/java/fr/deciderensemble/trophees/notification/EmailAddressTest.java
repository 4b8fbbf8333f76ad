package fr.deciderensemble.trophees.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        " Candidat@Trophees.Example |candidat@trophees.example|candidat@trophees.example",
        "o'hara+trophees@mairie.fr|o'hara+trophees@mairie.fr|o'hara+trophees@mairie.fr",
        "accueil@mairie-évreux.fr|accueil@mairie-évreux.fr|accueil@xn--mairie-vreux-heb.fr",
        "accueil@XN--MAIRIE-VREUX-HEB.FR|accueil@mairie-évreux.fr|accueil@xn--mairie-vreux-heb.fr"})
    void oneMailboxIsKeptInOneCanonicalFormAndSentInAscii(String typed, String stored, String sent) {
        EmailAddress address = EmailAddress.parse(typed).orElseThrow();
        assertThat(address.address()).isEqualTo(stored);
        assertThat(address.ascii()).isEqualTo(sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo<victim@example.net>", "x,attacker@example.net", "a@b.fr, c@d.fr",
        "\"quoted\"@example.net", "Nom <nom@example.net>", "nom@example.net (commentaire)", "deux@@example.net",
        "a@b@example.net", "espace @example.net", "élodie@example.net", "point.@example.net", ".point@example.net",
        "nom@localhost", "nom@-tiret.fr", "nom@exemple.f", "nom@exemple.123", "", "   ", "nul\u0000@example.net",
        "retour@example.net\r\nBcc: x@y.fr"})
    void anythingButExactlyOneAsciiMailboxIsRefused(String typed) {
        assertThat(EmailAddress.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 65})
    void theLocalPartHasAtMost64Characters(int length) {
        assertThat(EmailAddress.parse("x".repeat(length) + "@example.net").isPresent()).isEqualTo(length <= 64);
    }
}
