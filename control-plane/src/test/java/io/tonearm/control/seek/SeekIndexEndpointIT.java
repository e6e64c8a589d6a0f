package io.tonearm.control.seek;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The stream link's {@code seek_index} and {@code peak} for the real sample pack (indexed on first use). */
class SeekIndexEndpointIT {

    @TempDir
    static Path temp;
    private static RunningControlPlane app;
    private static JsonMapper json;

    @BeforeAll
    static void start() {
        app = RunningControlPlane.start(RunningControlPlane.properties(temp.resolve("data"), Path.of("../samples")));
        json = app.context().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void every_quality_of_a_sample_track_has_a_seek_index_that_points_at_ogg_pages() throws Exception {
        for (int kbps : new int[]{24, 96, 160, 320}) {
            String body = app.get("/v1/tracks/neon-harbor-02/stream?quality=" + kbps).body();
            JsonNode link = json.readValue(body, JsonNode.class);
            assertThat(link.get("peak").isNull()).as("the pack has no measured peaks").isTrue();
            JsonNode seek = link.get("seek_index");
            byte[] file = Files.readAllBytes(Path.of("../samples/audio/neon-harbor-02-" + kbps + ".ogg"));
            SeekIndex expected = SeekIndexBuilder.scan(new java.io.ByteArrayInputStream(file)).index();
            assertThat(seek.size()).isEqualTo(expected.points().size()).isGreaterThan(kbps == 24 ? 8 : 18);
            assertThat(seek.get(0).get(0).getLongValue()).isZero();
            for (int i = 0; i < seek.size(); i++) {
                long offset = seek.get(i).get(1).getLongValue();
                assertThat(new String(file, (int) offset, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("OggS");
                assertThat(seek.get(i).get(0).getLongValue()).isEqualTo(expected.points().get(i).granule());
            }
            // Stored on first use: the second answer is the same, and the row exists.
            assertThat(app.get("/v1/tracks/neon-harbor-02/stream?quality=" + kbps).body())
                    .contains(body.substring(body.indexOf("\"seek_index\"")));
        }
        assertThat(app.context().getBean(SeekIndexRows.SeekIndexRepository.class).count()).isEqualTo(4);
    }
}
