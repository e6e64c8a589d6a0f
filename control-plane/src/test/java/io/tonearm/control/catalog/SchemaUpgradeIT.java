package io.tonearm.control.catalog;

import io.tonearm.control.RunningControlPlane;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A catalog written under V1 gains V2's album type, track count and energy on the next start. */
class SchemaUpgradeIT {

    @TempDir
    Path temp;

    @Test
    void a_v1_catalog_is_upgraded_in_place_and_keeps_its_tracks() throws SQLException {
        Path data = temp.resolve("data");
        String url = "jdbc:h2:file:" + data.resolve("control/catalog").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO artists VALUES ('old-artist', 'Old Artist')");
            sql.execute("INSERT INTO albums VALUES ('old-album', 'Old Album', 'old-artist', 1999)");
            for (int n = 1; n <= 2; n++) {
                sql.execute("INSERT INTO tracks VALUES ('old-0" + n + "', 'Old " + n + "', 'old-artist', 'old-album', "
                        + n + ", 30000, 1.5, -15.5, 90, 'C major')");
                sql.execute("INSERT INTO track_files VALUES ('old-0" + n + "', 96, 4000, 95.5, 44100, 2, '"
                        + "ab".repeat(32) + "')");
            }
        }
        // The pack directory does not exist: a catalog with tracks is never re-imported.
        // This test is about the embedded H2 file, also when the suite runs against PostgreSQL.
        Map<String, Object> properties = RunningControlPlane.properties(data, temp.resolve("no-pack"));
        properties.keySet().removeIf(key -> key.startsWith("datasources.") || key.startsWith("flyway."));
        try (RunningControlPlane app = RunningControlPlane.start(properties)) {
            String album = app.get("/v1/albums/old-album").body();
            assertThat(album).contains("\"album_type\":\"album\"").contains("\"total_tracks\":2")
                    .contains("\"release_date\":\"1999\"").contains("\"id\":\"old-02\"");
            String track = app.get("/v1/tracks/old-01").body();
            assertThat(track).contains("\"energy\":null").contains("\"tempo_bpm\":90.0").contains("\"key\":\"C major\"");
        }
    }
}
