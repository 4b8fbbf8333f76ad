package fr.deciderensemble.trophees.platform;

import java.nio.file.Path;
import java.util.Map;

/** The database the run contract's environment names: PostgreSQL when a URL is given, else embedded H2. */
public record DatabaseSettings(String url, String user, String password) {

    public static DatabaseSettings from(Map<String, String> env) {
        String url = env.getOrDefault("TROPHEES_DB_URL", "").strip();
        if (url.isEmpty()) {
            return new DatabaseSettings("jdbc:h2:file:" + dataDirectory(env).resolve("db").resolve("trophees"),
                    "sa", "");
        }
        return new DatabaseSettings(url, env.getOrDefault("TROPHEES_DB_USER", "postgres"),
                env.getOrDefault("TROPHEES_DB_PASSWORD", ""));
    }

    /** Where uploaded files and the embedded database live. */
    public static Path dataDirectory(Map<String, String> env) {
        return Path.of(env.getOrDefault("TROPHEES_DATA_DIR", "./data")).toAbsolutePath().normalize();
    }

    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
