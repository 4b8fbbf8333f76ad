package fr.deciderensemble.trophees.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void withoutConfigurationTheDatabaseIsEmbeddedUnderTheDataDirectory() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("TROPHEES_DATA_DIR", "/srv/trophees"));
        assertThat(settings.postgres()).isFalse();
        assertThat(settings.url()).isEqualTo("jdbc:h2:file:/srv/trophees/db/trophees;WRITE_DELAY=0");
    }

    @Test
    void theDefaultDataDirectoryIsDataBesideTheWorkingDirectory() {
        assertThat(DatabaseSettings.dataDirectory(Map.of())).isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void aPostgresUrlSwitchesToPostgres() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("TROPHEES_DB_URL", "jdbc:postgresql://db:5432/trophees",
                "TROPHEES_DB_USER", "trophees", "TROPHEES_DB_PASSWORD", "secret"));
        assertThat(settings).isEqualTo(new DatabaseSettings("jdbc:postgresql://db:5432/trophees", "trophees", "secret", false));
        assertThat(settings.postgres()).isTrue();
    }
}
