package io.tonearm.hub.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.hub.support.StubControlPlane;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.PlaybackStatus;
import io.tonearm.protocol.v1.StateReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code currently-playing} and {@code queue} from scripted devices' reports and a stub control plane. */
class PlayerViewsApiIT {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    static Path dataDir;
    static StubControlPlane controlPlane;
    static HubUnderTest hub;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        controlPlane = new StubControlPlane();
        controlPlane.track("first", "First Song", 20000);
        controlPlane.track("second", "Second Song", 21000);
        controlPlane.track("third", "Third Song", 22000);
        hub = HubUnderTest.embedded(dataDir, Map.of("tonearm.hub.control-url", controlPlane.url()));
        token = hub.token();
    }

    @AfterAll
    static void stop() {
        hub.close();
        controlPlane.close();
    }

    /** A device that is online, made the active one by a play, and has reported {@code state}. */
    private ScriptedDevice activeWith(String id, StateReport state) throws Exception {
        ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), id, "Speaker " + id, DeviceType.DEVICE_TYPE_SPEAKER);
        Eventually.await(id + " is listed", () -> hub.get("/v1/me/player/devices", token).body().contains(id));
        d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
        assertThat(hub.put("/v1/me/player/play?device_id=" + id, "{\"uris\":[\"tonearm:track:first\"]}", token)
                .status()).isEqualTo(204);
        assertThat(d.nextCommand(WAIT).hasPlay()).isTrue();
        d.state(state);
        Eventually.await(id + "'s report arrived", () -> hub.get("/v1/me/player", token).body()
                .contains("\"volume_percent\":" + state.getVolumePercent()));
        return d;
    }

    private static StateReport.Builder playing(String trackUri, long positionMs) {
        return StateReport.newBuilder().setStatus(PlaybackStatus.PLAYBACK_STATUS_PLAYING).setTrackUri(trackUri)
                .setPositionMs(positionMs).setPositionTimestampMs(System.currentTimeMillis()).setDurationMs(20000)
                .setSessionVersion(1);
    }

    @Test
    void currently_playing_has_spotifys_shape_with_the_catalog_item_and_a_null_context() throws Exception {
        try (ScriptedDevice d = activeWith("now", playing("tonearm:track:second", 1500).setVolumePercent(41).build())) {
            HubUnderTest.Response r = hub.get("/v1/me/player/currently-playing", token);
            assertThat(r.status()).isEqualTo(200);
            JsonNode now = hub.json(r);
            assertThat(now.get("timestamp").getLongValue()).isPositive();
            assertThat(now.get("context").isNull()).isTrue();
            assertThat(now.get("progress_ms").getLongValue()).isBetween(1500L, 20000L);
            assertThat(now.get("is_playing").getBooleanValue()).isTrue();
            assertThat(now.get("currently_playing_type").getStringValue()).isEqualTo("track");
            assertThat(now.get("item").get("name").getStringValue()).isEqualTo("Second Song");
            assertThat(now.get("device")).as("currently-playing carries no device").isNull();

            d.state(StateReport.newBuilder().setStatus(PlaybackStatus.PLAYBACK_STATUS_PAUSED)
                    .setTrackUri("tonearm:track:not-in-catalog").setPositionMs(777).setDurationMs(9000)
                    .setVolumePercent(42).setSessionVersion(1).build());
            Eventually.await("the pause arrived", () -> hub.get("/v1/me/player/currently-playing", token).body()
                    .contains("\"is_playing\":false"));
            JsonNode paused = hub.json(hub.get("/v1/me/player/currently-playing", token));
            assertThat(paused.get("progress_ms").getLongValue()).isEqualTo(777);
            assertThat(paused.get("item").get("id").getStringValue()).isEqualTo("not-in-catalog");
            assertThat(paused.get("item").get("uri").getStringValue()).isEqualTo("tonearm:track:not-in-catalog");
            assertThat(paused.get("item").get("duration_ms").getLongValue()).isEqualTo(9000);
        }
    }

    @Test
    void currently_playing_is_204_once_the_active_device_goes_offline() throws Exception {
        try (ScriptedDevice d = activeWith("fading", playing("tonearm:track:first", 0).setVolumePercent(43).build())) {
            d.presence(false);
            Eventually.await("fading is unlisted", () -> hub.get("/v1/me/player/currently-playing", token).status() == 204);
            assertThat(hub.get("/v1/me/player/currently-playing", token).body()).isEmpty();
            assertThat(hub.get("/v1/me/player/queue", token).body()).isEqualTo("{\"currently_playing\":null,\"queue\":[]}");
        }
    }

    @Test
    void the_queue_is_the_tracks_after_the_current_one_with_catalog_items_and_fallbacks() throws Exception {
        StateReport state = playing("tonearm:track:first", 0).setVolumePercent(44)
                .addQueue("tonearm:track:zero").addQueue("tonearm:track:first").addQueue("tonearm:track:second")
                .addQueue("tonearm:track:unknown-one").addQueue("tonearm:track:third").setQueueIndex(1).build();
        try (ScriptedDevice d = activeWith("queued", state)) {
            HubUnderTest.Response r = hub.get("/v1/me/player/queue", token);
            assertThat(r.status()).isEqualTo(200);
            JsonNode queue = hub.json(r);
            assertThat(queue.get("currently_playing").get("name").getStringValue()).isEqualTo("First Song");
            JsonNode items = queue.get("queue");
            assertThat(items.size()).isEqualTo(3);
            assertThat(items.get(0).get("name").getStringValue()).isEqualTo("Second Song");
            assertThat(items.get(1).get("id").getStringValue()).isEqualTo("unknown-one");
            assertThat(items.get(1).get("uri").getStringValue()).isEqualTo("tonearm:track:unknown-one");
            assertThat(items.get(1).get("type").getStringValue()).isEqualTo("track");
            assertThat(items.get(1).get("duration_ms")).as("a queued track's duration is not reported").isNull();
            assertThat(items.get(2).get("duration_ms").getLongValue()).isEqualTo(22000);
        }
    }

    @Test
    void hostile_queues_are_bounded_and_cleaned_not_echoed() throws Exception {
        List<String> hostile = new ArrayList<>(List.of("tonearm:track:first", "javascript:alert(1)",
                "tonearm:track:../../admin", "", "tonearm:track:" + "x".repeat(65)));
        for (int i = 0; i < 50; i++) {
            hostile.add("tonearm:track:filler-" + i);
        }
        StateReport state = playing("tonearm:track:first", 0).setVolumePercent(45).addAllQueue(hostile)
                .setQueueIndex(0).build();
        try (ScriptedDevice d = activeWith("hostile", state)) {
            JsonNode items = hub.json(hub.get("/v1/me/player/queue", token)).get("queue");
            assertThat(items.size()).isEqualTo(QueueView.MAX_ITEMS);
            assertThat(items.get(0).get("id").getStringValue()).isEqualTo("filler-0");
            assertThat(hub.get("/v1/me/player/queue", token).body()).doesNotContain("javascript", "admin");

            d.state(playing("tonearm:track:first", 0).setVolumePercent(46).addQueue("tonearm:track:first")
                    .setQueueIndex(7).build());
            Eventually.await("the odd index arrived",
                    () -> hub.get("/v1/me/player", token).body().contains("\"volume_percent\":46"));
            assertThat(hub.json(hub.get("/v1/me/player/queue", token)).get("queue").size()).isZero();

            d.state(StateReport.newBuilder().setStatus(PlaybackStatus.PLAYBACK_STATUS_IDLE).setVolumePercent(47).build());
            Eventually.await("idle arrived", () -> hub.get("/v1/me/player", token).body().contains("\"volume_percent\":47"));
            assertThat(hub.get("/v1/me/player/queue", token).body()).isEqualTo("{\"currently_playing\":null,\"queue\":[]}");
        }
    }

    @Test
    void the_views_need_a_token_and_refuse_other_methods() {
        assertThat(hub.get("/v1/me/player/queue", null).status()).isEqualTo(401);
        assertThat(hub.get("/v1/me/player/currently-playing", "forged").status()).isEqualTo(401);
        assertThat(hub.put("/v1/me/player/queue", "{}", token).status()).isEqualTo(405);
        assertThat(hub.post("/v1/me/player/currently-playing", token).status()).isEqualTo(405);
    }
}
