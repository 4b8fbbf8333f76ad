package fr.deciderensemble.trophees.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Creates the tables of Camunda 7.24 from the scripts the engine ships. The engine itself runs
 * with schema update off, so a later engine version needs a deliberate migration here (Camunda's
 * own upgrade scripts), never an automatic change at start-up.
 */
public class CamundaSchema implements JavaMigration {

    private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine",
            "case.history", "decision.engine", "decision.history");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "camunda 7.24 schema";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String database = databaseType(connection);
        try (Statement statement = connection.createStatement()) {
            for (String part : PARTS) {
                for (String sql : statements(script(database, part))) {
                    statement.execute(sql);
                }
            }
        }
    }

    static String databaseType(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgres";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("Unsupported database: " + product);
    }

    private static String script(String database, String part) throws IOException {
        String resource = "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + part + ".sql";
        try (InputStream in = CamundaSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing engine script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits a script the way the engine does: comment lines dropped, statements end with ';'. */
    static List<String> statements(String script) {
        StringBuilder current = new StringBuilder();
        List<String> result = new java.util.ArrayList<>();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                result.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return result;
    }
}
