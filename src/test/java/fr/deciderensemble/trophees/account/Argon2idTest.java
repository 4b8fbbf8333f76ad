package fr.deciderensemble.trophees.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Password hashes: right and wrong passwords, salts, settings carried by the hash, and what is no hash. */
class Argon2idTest {

    private static final char[] PASSWORD = "une phrase de passe assez longue".toCharArray();

    @Test
    void theRightPasswordMatchesAndNoOtherDoes() {
        String stored = Argon2id.hash(PASSWORD);

        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(Argon2id.verify(PASSWORD, stored)).isTrue();
        assertThat(Argon2id.verify("une phrase de passe assez longuE".toCharArray(), stored)).isFalse();
        assertThat(Argon2id.current(stored)).isTrue();
    }

    @Test
    void twoHashesOfOnePasswordDifferByTheirSalt() {
        assertThat(Argon2id.hash(PASSWORD)).isNotEqualTo(Argon2id.hash(PASSWORD));
    }

    @Test
    void aHashMadeElsewhereWithOtherSettingsMatchesButIsNotCurrent() {
        // Made by the reference implementation: echo -n "…" | argon2 saltsaltsalt16b -id -t 3 -k 8192 -p 1 -l 32 -e
        String reference = "$argon2id$v=19$m=8192,t=3,p=1$c2FsdHNhbHRzYWx0MTZi$lIMxfFIpLet4l73xLvbkrr8Y51AgLDZc26XwBVt3XXk";

        assertThat(Argon2id.verify(PASSWORD, reference)).isTrue();
        assertThat(Argon2id.verify("une autre phrase de passe".toCharArray(), reference)).isFalse();
        assertThat(Argon2id.current(reference)).as("renewed at the next login").isFalse();
    }

    @Test
    void whatIsNoHashOfOursMatchesNothing() {
        assertThat(Argon2id.verify(PASSWORD, "PBKDF2WithHmacSHA512:210000:c2Vs:aGFzaA==")).isFalse();
        assertThat(Argon2id.verify(PASSWORD, "$argon2id$v=19$m=abc,t=2,p=1$c2Vs$aGFzaA")).isFalse();
        assertThat(Argon2id.verify(PASSWORD, "$argon2id$v=19$t=2,p=1$c2Vs$aGFzaA")).isFalse();
        assertThat(Argon2id.verify(PASSWORD, "$argon2i$v=19$m=19456,t=2,p=1$c2Vs$aGFzaA")).isFalse();
        assertThat(Argon2id.current("PBKDF2WithHmacSHA512:210000:c2Vs:aGFzaA==")).isFalse();
    }
}
