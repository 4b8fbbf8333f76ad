package fr.deciderensemble.trophees.platform;

import java.nio.file.Path;
import java.util.Map;

/**
 * The database the run contract's environment names: PostgreSQL when a URL is given, else embedded H2. H2 writes
 * each commit to its file before the commit returns ({@code WRITE_DELAY=0}; by default it waits up to half a
 * second), so that a save the user was told about survives the process being killed.
 */
public record DatabaseSettings(String url, String user, String password, boolean countStatements) {

    public static DatabaseSettings from(Map<String, String> env) {
        String url = env.getOrDefault("TROPHEES_DB_URL", "").strip();
        // Pages report their statements (web.ServerTiming): the connections then count them.
        boolean count = Boolean.parseBoolean(env.getOrDefault("TROPHEES_SERVER_TIMING", "false").strip());
        if (url.isEmpty()) {
            return new DatabaseSettings("jdbc:h2:file:" + dataDirectory(env).resolve("db").resolve("trophees")
                    + ";WRITE_DELAY=0", "sa", "", count);
        }
        return new DatabaseSettings(url, env.getOrDefault("TROPHEES_DB_USER", "postgres"),
                env.getOrDefault("TROPHEES_DB_PASSWORD", ""), count);
    }

    /** Where the embedded database lives. */
    public static Path dataDirectory(Map<String, String> env) {
        return Path.of(env.getOrDefault("TROPHEES_DATA_DIR", "./data")).toAbsolutePath().normalize();
    }

    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
