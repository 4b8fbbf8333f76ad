package fr.deciderensemble.trophees.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @BeforeEach
    void loadTheList() {
        policy.load();
    }

    @Test
    void aPhraseOfAFewWordsIsAccepted() {
        assertThat(policy.problems("quatre mots bien choisis", "mairie@exemple.fr")).isEmpty();
        assertThat(policy.problems("x".repeat(11) + "y", "mairie@exemple.fr")).isEmpty();
    }

    @Test
    void twelveCharactersAtLeastAndAHundredAndTwentyEightAtMost() {
        assertThat(policy.problems("onze-signes", "a@b.fr")).containsExactly("account.password.length");
        assertThat(policy.problems("z".repeat(129), "a@b.fr")).containsExactly("account.password.length");
        assertThat(policy.problems(null, "a@b.fr")).containsExactly("account.password.length");
    }

    @Test
    void blanksOrOneRepeatedCharacterAreTooSimple() {
        assertThat(policy.problems(" ".repeat(12), "a@b.fr")).containsExactly("account.password.trivial");
        assertThat(policy.problems("aaaaaaaaaaaaaaa", "a@b.fr")).containsExactly("account.password.trivial");
    }

    @Test
    void theAddressOrItsNameIsNoPassword() {
        assertThat(policy.problems("Mairie.Exemple@Trophees.fr", "mairie.exemple@trophees.fr"))
                .containsExactly("account.password.email");
        assertThat(policy.problems("secretariat.mairie", "secretariat.mairie@exemple.fr"))
                .containsExactly("account.password.email");
    }

    @Test
    void leakedPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.problems("1qaz2wsx3edc", "a@b.fr")).containsExactly("account.password.common");
        assertThat(policy.problems("QwertyUiopAsdf", "a@b.fr")).isEmpty();
        assertThat(policy.problems("QWERTY123456", "a@b.fr")).containsExactly("account.password.common");
    }
}
