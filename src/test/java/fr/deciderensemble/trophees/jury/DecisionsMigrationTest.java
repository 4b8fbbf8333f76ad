package fr.deciderensemble.trophees.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import fr.deciderensemble.trophees.platform.CamundaSchema;

/** Editions deliberated before V8 kept a number of stars on the dossier: each becomes the jury's decision. */
class DecisionsMigrationTest {

    private static final String URL = "jdbc:h2:mem:decisions;DB_CLOSE_DELAY=-1";

    @Test
    void finalStarsBecomeDecisionsAndNoStarsMeansNotAwarded() throws Exception {
        migrate("7");
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("insert into account (id, email, password_hash, display_name, role, confirmed, created_at)"
                    + " values (1, 'c@example.org', 'x', 'Mairie', 'CANDIDATE', true, current_timestamp)");
            sql.execute("insert into edition (id, edition_year, call_opens_at, submission_deadline, scoring_deadline,"
                    + " ceremony_at, phase, version) values (2, 2024, current_timestamp, current_timestamp,"
                    + " current_timestamp, current_timestamp, 'AWAITING_CEREMONY', 1)");
            for (Object[] dossier : new Object[][] {{10, "3"}, {11, "0"}, {12, "null"}}) {
                sql.execute("insert into dossier (id, edition_id, candidate_id, status, admissibility, final_stars,"
                        + " version) values (" + dossier[0] + ", 2, 1, 'SUBMITTED', 'ADMISSIBLE', " + dossier[1]
                        + ", 1)");
            }
        }
        migrate("latest");
        try (Connection db = DriverManager.getConnection(URL, "sa", ""); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select dossier_id, recognition from decision")) {
            Map<Long, String> decisions = new HashMap<>();
            while (rows.next()) {
                decisions.put(rows.getLong(1), rows.getString(2));
            }
            assertThat(decisions).as("3 stars stay 3 stars, 0 is a decision not to award, none is undecided")
                    .containsOnlyKeys(10L, 11L).containsEntry(10L, "STARS_3").containsEntry(11L, null);
        }
    }

    private static void migrate(String target) {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new CamundaSchema()).target(target).load().migrate();
    }
}
