package fr.deciderensemble.trophees.candidacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A French department or overseas collectivity, by its official code ("44", "2A", "974"): dossiers store codes, as
 * the booklet's exchange format does, and show names. The list is a resource so that nobody maintains it in code.
 */
public record Department(String code, String name) {

    private static final List<Department> ALL = read();

    public static List<Department> all() {
        return ALL;
    }

    public static boolean isKnown(String code) {
        return find(code).isPresent();
    }

    /** "44 — Loire-Atlantique", or the code alone if it is not in the list. */
    public static String label(String code) {
        return find(code).map(Department::getLabel).orElse(code);
    }

    /** "Loire-Atlantique (44)", as printed documents name a department. */
    public static String printed(String code) {
        return find(code).map(department -> department.name + " (" + code + ")").orElse(code);
    }

    private static Optional<Department> find(String code) {
        return ALL.stream().filter(department -> department.code.equals(code)).findFirst();
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return code + " — " + name;
    }

    private static List<Department> read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                Department.class.getResourceAsStream("departments.txt"), StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", 2)).map(parts -> new Department(parts[0], parts[1])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
