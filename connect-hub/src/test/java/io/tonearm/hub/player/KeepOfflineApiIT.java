package io.tonearm.hub.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.hub.support.StubControlPlane;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.DeviceType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code PUT /v1/me/player/offline}: the keep_offline command, its outcomes and bad requests. */
class KeepOfflineApiIT {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    static Path dataDir;
    static StubControlPlane controlPlane;
    static HubUnderTest hub;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        controlPlane = new StubControlPlane();
        controlPlane.context("playlists", "road", List.of("r0", "r1", "r2"));
        hub = HubUnderTest.embedded(dataDir, Map.of("tonearm.hub.control-url", controlPlane.url()));
        token = hub.token();
    }

    @AfterAll
    static void stop() {
        hub.close();
        controlPlane.close();
    }

    private static ScriptedDevice device(String id) throws Exception {
        ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), id, "Car " + id, DeviceType.DEVICE_TYPE_CAR);
        Eventually.await(id + " is listed", () -> hub.get("/v1/me/player/devices", token).body().contains(id));
        return d;
    }

    @Test
    void a_playlist_is_resolved_and_sent_as_keep_offline_and_the_ack_decides_the_answer() throws Exception {
        try (ScriptedDevice d = device("keeper")) {
            var call = CompletableFuture.supplyAsync(() -> hub.put("/v1/me/player/offline?device_id=keeper",
                    "{\"context_uri\":\"tonearm:playlist:road\"}", token));
            Command keep = d.nextCommand(WAIT);
            assertThat(keep.hasKeepOffline()).isTrue();
            assertThat(keep.getKeepOffline().getTrackUrisList())
                    .containsExactly("tonearm:track:r0", "tonearm:track:r1", "tonearm:track:r2");
            assertThat(keep.getKeepOffline().getContextUri()).isEqualTo("tonearm:playlist:road");
            d.ack(keep, Ack.Outcome.OUTCOME_APPLIED, "");
            assertThat(call.get().status()).isEqualTo(204);

            call = CompletableFuture.supplyAsync(() -> hub.put("/v1/me/player/offline?device_id=keeper",
                    "{\"uris\":[\"tonearm:track:x\"]}", token));
            keep = d.nextCommand(WAIT);
            assertThat(keep.getKeepOffline().getTrackUrisList()).containsExactly("tonearm:track:x");
            d.ack(keep, Ack.Outcome.OUTCOME_FAILED, "1 of 1 tracks could not be kept offline", "offline_incomplete");
            HubUnderTest.Response failed = call.get();
            assertThat(failed.status()).isEqualTo(502);
            assertThat(failed.body()).contains("could not be kept offline");

            call = CompletableFuture.supplyAsync(() -> hub.put("/v1/me/player/offline?device_id=keeper",
                    "{\"uris\":[\"tonearm:track:x\"]}", token));
            d.ack(d.nextCommand(WAIT), Ack.Outcome.OUTCOME_FAILED, "this device has no offline cache",
                    "offline_unavailable");
            assertThat(call.get().body()).isEqualTo("{\"error\":{\"status\":403,\"message\":\"Player command failed: "
                    + "The device has no offline cache\",\"reason\":\"OFFLINE_DISALLOW\"}}");
        }
    }

    @Test
    void bad_requests_are_400_and_reach_no_device() throws Exception {
        try (ScriptedDevice d = device("picky")) {
            String path = "/v1/me/player/offline?device_id=picky";
            for (String body : new String[] {null, "{", "{}", "{\"uris\":[]}", "{\"uris\":[\"spotify:track:x\"]}",
                "{\"uris\":[\"tonearm:track:a\"],\"position_ms\":5}", "{\"context_uri\":\"tonearm:artist:x\"}",
                "{\"uris\":[\"tonearm:track:a\"],\"offset\":{\"position\":0}}",
                "{\"context_uri\":\"tonearm:playlist:road\",\"uris\":[\"tonearm:track:a\"]}"}) {
                HubUnderTest.Response r = hub.put(path, body, token);
                assertThat(r.status()).as(String.valueOf(body)).isEqualTo(400);
                assertThat(r.body()).as(String.valueOf(body)).startsWith("{\"error\":{\"status\":400");
            }
            d.expectNoCommand(Duration.ofMillis(300));
            assertThat(hub.put("/v1/me/player/offline?device_id=nobody", "{\"uris\":[\"tonearm:track:a\"]}", token)
                    .status()).isEqualTo(404);
            assertThat(hub.put(path, "{\"uris\":[\"tonearm:track:a\"]}", null).status()).isEqualTo(401);
        }
    }
}
