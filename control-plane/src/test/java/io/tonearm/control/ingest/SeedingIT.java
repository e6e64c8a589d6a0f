package io.tonearm.control.ingest;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.StartFailures;
import io.tonearm.control.TestPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing the sample pack at start: once, verified, and failing loudly. */
class SeedingIT {

    @TempDir
    Path temp;

    private Map<String, Object> properties(Path pack) {
        return RunningControlPlane.properties(temp.resolve("data"), pack);
    }

    @Test
    void a_restart_keeps_the_catalog_files_and_signing_key_without_the_pack() throws IOException {
        Path pack = TestPack.write(temp.resolve("pack"), 2);
        String url;
        try (RunningControlPlane first = RunningControlPlane.start(properties(pack))) {
            JsonMapper json = first.context().getBean(JsonMapper.class);
            JsonNode link = json.readValue(first.get("/v1/tracks/track-02/stream?quality=320").body(), JsonNode.class);
            url = RunningControlPlane.localPart(link.get("url").getStringValue());
        }
        assertThat(temp.resolve("data/media/track-02/320.ogg")).hasBinaryContent(TestPack.audio(2, 320));
        Files.delete(pack.resolve("manifest.json"));
        try (RunningControlPlane second = RunningControlPlane.start(properties(pack))) {
            assertThat(second.get("/v1/tracks").body()).contains("\"total\":2");
            assertThat(second.getBytes(url).statusCode()).isEqualTo(200);
            assertThat(second.getBytes(url).body()).isEqualTo(TestPack.audio(2, 320));
        }
    }

    @Test
    void a_missing_manifest_fails_start_naming_the_setting() {
        assertThat(StartFailures.messagesOf(properties(temp.resolve("no-pack"))))
                .contains("manifest not found").contains("no-pack").contains("tonearm.control.sample-pack");
    }

    @Test
    void a_missing_audio_file_fails_start_naming_the_file() throws IOException {
        Path pack = TestPack.write(temp.resolve("pack"), 2);
        Files.delete(pack.resolve("audio/track-02-160.ogg"));
        assertThat(StartFailures.messagesOf(properties(pack))).contains("track-02-160.ogg").contains("not found");
    }

    @Test
    void a_file_that_does_not_match_its_sha256_fails_start_naming_the_file() throws IOException {
        Path pack = TestPack.write(temp.resolve("pack"), 1);
        byte[] tampered = TestPack.audio(1, 96);
        tampered[7] ^= 1;
        Files.write(pack.resolve("audio/track-01-96.ogg"), tampered);
        assertThat(StartFailures.messagesOf(properties(pack))).contains("track-01-96.ogg").contains("sha256");
    }

    @Test
    void a_manifest_that_is_not_json_fails_start_naming_the_manifest() throws IOException {
        Path pack = TestPack.write(temp.resolve("pack"), 1);
        TestPack.writeManifest(pack, "{\"version\":1,\"tracks\":[");
        assertThat(StartFailures.messagesOf(properties(pack))).contains("manifest.json").contains("not valid JSON");
    }

    @Test
    void a_manifest_entry_without_a_field_fails_start_naming_track_and_field() throws IOException {
        Path pack = TestPack.write(temp.resolve("pack"), 2);
        String manifest = Files.readString(pack.resolve("manifest.json")).replaceFirst("\"duration_ms\":20002,", "");
        TestPack.writeManifest(pack, manifest);
        assertThat(StartFailures.messagesOf(properties(pack))).contains("tracks[1] (track-02)").contains("duration_ms is missing");
    }

    @Test
    void a_manifest_file_outside_the_pack_fails_start() throws IOException {
        Path pack = TestPack.write(temp.resolve("pack"), 1);
        String manifest = Files.readString(pack.resolve("manifest.json")).replace("audio/track-01-24.ogg", "../../etc/passwd");
        TestPack.writeManifest(pack, manifest);
        assertThat(StartFailures.messagesOf(properties(pack))).contains("outside the sample pack");
    }

    @Test
    void a_failed_import_leaves_the_catalog_empty_so_a_fixed_pack_imports_next_start() throws IOException {
        Path pack = TestPack.write(temp.resolve("pack"), 2);
        byte[] good = Files.readAllBytes(pack.resolve("audio/track-02-320.ogg"));
        Files.write(pack.resolve("audio/track-02-320.ogg"), new byte[]{1, 2, 3});
        StartFailures.messagesOf(properties(pack));
        Files.write(pack.resolve("audio/track-02-320.ogg"), good);
        try (RunningControlPlane app = RunningControlPlane.start(properties(pack))) {
            assertThat(app.get("/v1/tracks").body()).contains("\"total\":2");
        }
    }
}
