package fr.deciderensemble.trophees.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"/candidat/dossiers.xhtml", "/equipe/edition.xhtml?id=4"})
    void afterLoginTheUserGoesBackWithinTheApplication(String target) {
        assertThat(LoginPage.isLocal(target)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
        "/connexion.xhtml", "/connexion.xhtml?retour=/connexion.xhtml", "/candidat/\r\nSet-Cookie: x=1", ""})
    void neverAnywhereElse(String target) {
        assertThat(LoginPage.isLocal(target)).isFalse();
    }
}
