package fr.deciderensemble.trophees.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a new password must be: 12 to 128 characters, not a single repeated character, not the e-mail address,
 * and not among the passwords most often found in leaks ({@code account/common-passwords.txt}, from zxcvbn: see
 * the licence file beside it). Only the listed passwords long enough to pass the length rule are kept in memory.
 */
@ApplicationScoped
public class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    static final String COMMON = "account/common-passwords.txt";

    private Set<String> common;

    @PostConstruct
    void load() {
        common = common(MIN_LENGTH);
    }

    /** What is wrong with a new password for this address, as message keys; empty when it is accepted. */
    public List<String> problems(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            problems.add("account.password.length");
            return problems;
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        int at = address.indexOf('@');
        if (lower.chars().distinct().count() <= 1) {
            problems.add("account.password.trivial");
        } else if (lower.equals(address) || at > 0 && lower.equals(address.substring(0, at))) {
            problems.add("account.password.email");
        } else if (common.contains(lower)) {
            problems.add("account.password.common");
        }
        return problems;
    }

    private static Set<String> common(int minLength) {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(line -> line.length() >= minLength)
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
