package io.tonearm.hub.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.support.HubUnderTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hub that has never played anything; each test starts its own. */
class FreshHubIT {

    @TempDir
    Path dataDir;

    @Test
    void without_an_active_device_the_player_is_204_and_commands_are_404() {
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of())) {
            HubUnderTest.Response player = hub.get("/v1/me/player", hub.token());
            assertThat(player.status()).isEqualTo(204);
            assertThat(player.body()).isEmpty();

            String noActive = "{\"error\":{\"status\":404,\"message\":\"Player command failed: No active device found\"}}";
            assertThat(hub.put("/v1/me/player/pause", null, hub.token()).body()).isEqualTo(noActive);
            HubUnderTest.Response play = hub.put("/v1/me/player/play", "{\"uris\":[\"tonearm:track:a\"]}", hub.token());
            assertThat(play.status()).isEqualTo(404);
            assertThat(play.body()).isEqualTo(noActive);
        }
    }

    @Test
    void without_an_active_device_currently_playing_is_204_the_queue_empty_and_the_controls_404() {
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of())) {
            HubUnderTest.Response now = hub.get("/v1/me/player/currently-playing", hub.token());
            assertThat(now.status()).isEqualTo(204);
            assertThat(now.body()).isEmpty();
            HubUnderTest.Response queue = hub.get("/v1/me/player/queue", hub.token());
            assertThat(queue.status()).isEqualTo(200);
            assertThat(queue.body()).isEqualTo("{\"currently_playing\":null,\"queue\":[]}");

            String noActive = "{\"error\":{\"status\":404,\"message\":\"Player command failed: No active device found\"}}";
            assertThat(hub.post("/v1/me/player/next", hub.token()).body()).isEqualTo(noActive);
            assertThat(hub.post("/v1/me/player/previous", hub.token()).body()).isEqualTo(noActive);
            assertThat(hub.put("/v1/me/player/seek?position_ms=0", null, hub.token()).body()).isEqualTo(noActive);
            assertThat(hub.put("/v1/me/player/volume?volume_percent=10", null, hub.token()).body()).isEqualTo(noActive);
            // The parameters are checked before the target.
            assertThat(hub.put("/v1/me/player/seek", null, hub.token()).status()).isEqualTo(400);
        }
    }

    @Test
    void the_demo_token_is_created_once_and_reused_after_a_restart() {
        String first;
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of())) {
            first = hub.token();
            assertThat(hub.get("/v1/me/player/devices", first).status()).isEqualTo(200);
        }
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of())) {
            assertThat(hub.token()).isEqualTo(first);
            assertThat(hub.get("/v1/me/player/devices", first).status()).isEqualTo(200);
        }
    }
}
