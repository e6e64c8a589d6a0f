package io.tonearm.control.stream;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Configured keys: URLs name their key, and a rotated-out key keeps verifying while it is configured. */
class KeyRotationIT {

    private static final String SECRET_1 = "first-secret-first-secret-first-secret";
    private static final String SECRET_2 = "second-secret-second-secret-second-secret";

    @TempDir
    Path temp;

    private Map<String, Object> properties(Path pack, String active, Map<String, String> keys) {
        Map<String, Object> properties = RunningControlPlane.properties(temp.resolve("data"), pack);
        keys.forEach((id, secret) -> properties.put("tonearm.control.keys." + id, secret));
        properties.put("tonearm.control.active-key", active);
        return properties;
    }

    private static String url(RunningControlPlane app) throws IOException {
        JsonMapper json = app.context().getBean(JsonMapper.class);
        JsonNode link = json.readValue(app.get("/v1/tracks/track-01/stream?quality=24").body(), JsonNode.class);
        return RunningControlPlane.localPart(link.get("url").getStringValue());
    }

    @Test
    void urls_signed_before_a_rotation_still_verify_and_new_ones_use_the_new_key() throws IOException {
        Path pack = TestPack.write(temp.resolve("pack"), 1);
        String old;
        try (RunningControlPlane app = RunningControlPlane.start(properties(pack, "k1", Map.of("k1", SECRET_1)))) {
            old = url(app);
            assertThat(old).contains("kid=k1");
        }
        try (RunningControlPlane app = RunningControlPlane.start(
                properties(pack, "k2", Map.of("k1", SECRET_1, "k2", SECRET_2)))) {
            assertThat(app.getBytes(old).statusCode()).isEqualTo(200);
            assertThat(url(app)).contains("kid=k2");
        }
        try (RunningControlPlane app = RunningControlPlane.start(properties(pack, "k2", Map.of("k2", SECRET_2)))) {
            assertThat(app.get(old).statusCode()).isEqualTo(403);
            assertThat(app.get(old).body()).contains("unknown key");
        }
    }

    @Test
    void the_generated_key_is_written_once_and_never_logged() throws IOException {
        Path pack = TestPack.write(temp.resolve("pack"), 1);
        try (RunningControlPlane app = RunningControlPlane.start(RunningControlPlane.properties(temp.resolve("data"), pack))) {
            assertThat(url(app)).contains("kid=local-");
        }
        Path keyFile = temp.resolve("data/control/signing-key.properties");
        assertThat(keyFile).exists();
        if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // A set: its toString order differs between JVM runs.
            assertThat(java.nio.file.Files.getPosixFilePermissions(keyFile)).containsExactlyInAnyOrder(
                    java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        }
    }
}
