package io.tonearm.hub.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.hub.support.StubControlPlane;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.PlaybackStatus;
import io.tonearm.protocol.v1.StateReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Play, pause and playback state through a real hub, its embedded broker and scripted devices. */
class PlayerApiIT {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    static Path dataDir;
    static StubControlPlane controlPlane;
    static HubUnderTest hub;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        controlPlane = new StubControlPlane();
        controlPlane.track("morning-tram", "Morning Tram", 23450);
        hub = HubUnderTest.embedded(dataDir, Map.of("tonearm.hub.control-url", controlPlane.url()));
        token = hub.token();
    }

    @AfterAll
    static void stop() {
        hub.close();
        controlPlane.close();
    }

    private ScriptedDevice device(String id) throws Exception {
        ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), id, "Speaker " + id, DeviceType.DEVICE_TYPE_SPEAKER);
        Eventually.await(id + " is listed", () -> hub.get("/v1/me/player/devices", token).body().contains(id));
        return d;
    }

    private CompletableFuture<HubUnderTest.Response> playAsync(String query, String body) {
        return CompletableFuture.supplyAsync(() -> hub.put("/v1/me/player/play" + query, body, token));
    }

    @Test
    void play_sends_a_well_formed_play_command_and_answers_204_once_the_device_applied_it() throws Exception {
        try (ScriptedDevice d = device("play-ok")) {
            var response = playAsync("?device_id=play-ok",
                    "{\"uris\":[\"tonearm:track:a\",\"tonearm:track:b\"],\"offset\":{\"position\":1},\"position_ms\":1500}");
            Command command = d.nextCommand(WAIT);
            assertThat(command.getId()).isNotEmpty();
            assertThat(command.getSessionVersion()).isPositive();
            assertThat(command.getSequence()).isEqualTo(1);
            assertThat(command.getPlay().getTrackUrisList()).containsExactly("tonearm:track:a", "tonearm:track:b");
            assertThat(command.getPlay().getIndex()).isEqualTo(1);
            assertThat(command.getPlay().getPositionMs()).isEqualTo(1500);
            d.ack(command, Ack.Outcome.OUTCOME_APPLIED, "");
            assertThat(response.get().status()).isEqualTo(204);

            var second = playAsync("?device_id=play-ok", "{\"uris\":[\"tonearm:track:c\"]}");
            Command next = d.nextCommand(WAIT);
            assertThat(next.getSequence()).isEqualTo(2);
            assertThat(next.getSessionVersion()).isGreaterThan(command.getSessionVersion());
            assertThat(next.getId()).isNotEqualTo(command.getId());
            d.ack(next, Ack.Outcome.OUTCOME_APPLIED, "");
            assertThat(second.get().status()).isEqualTo(204);
        }
    }

    @Test
    void play_answers_504_when_the_device_never_acks() throws Exception {
        try (ScriptedDevice d = device("silent")) {
            var r = hub.put("/v1/me/player/play?device_id=silent", "{\"uris\":[\"tonearm:track:a\"]}", token);
            assertThat(r.status()).isEqualTo(504);
            assertThat(r.body()).isEqualTo("{\"error\":{\"status\":504,\"message\":\"Device did not respond\"}}");
            assertThat(d.nextCommand(WAIT).hasPlay()).isTrue();
        }
    }

    @Test
    void a_stale_ack_is_409_an_invalid_one_400_and_a_failed_one_502_with_the_devices_reason() throws Exception {
        try (ScriptedDevice d = device("refuser")) {
            assertOutcome(d, Ack.Outcome.OUTCOME_STALE, 409, "Device rejected the command as stale: newer session");
            assertOutcome(d, Ack.Outcome.OUTCOME_INVALID, 400, "Device rejected the command as invalid: newer session");
            assertOutcome(d, Ack.Outcome.OUTCOME_FAILED, 502, "Device could not carry out the command: newer session");
        }
    }

    private void assertOutcome(ScriptedDevice d, Ack.Outcome outcome, int status, String message) throws Exception {
        var response = playAsync("?device_id=" + d.id(), "{\"uris\":[\"tonearm:track:a\"]}");
        d.ack(d.nextCommand(WAIT), outcome, "newer session");
        var r = response.get();
        assertThat(r.status()).isEqualTo(status);
        assertThat(hub.json(r).get("error").get("message").getStringValue()).isEqualTo(message);
    }

    @Test
    void play_without_uris_resumes_and_pause_goes_to_the_active_device() throws Exception {
        try (ScriptedDevice d = device("resumer")) {
            d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
            assertThat(hub.put("/v1/me/player/play?device_id=resumer", "{\"uris\":[\"tonearm:track:a\"]}", token)
                    .status()).isEqualTo(204);
            assertThat(d.nextCommand(WAIT).hasPlay()).isTrue();

            assertThat(hub.put("/v1/me/player/pause", null, token).status()).isEqualTo(204);
            assertThat(d.nextCommand(WAIT).hasPause()).isTrue();
            assertThat(hub.put("/v1/me/player/play", null, token).status()).isEqualTo(204);
            assertThat(d.nextCommand(WAIT).hasResume()).isTrue();
        }
    }

    @Test
    void unknown_and_offline_devices_are_404() throws Exception {
        var unknown = hub.put("/v1/me/player/play?device_id=nobody", "{\"uris\":[\"tonearm:track:a\"]}", token);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"error\":{\"status\":404,\"message\":\"Device not found\"}}");
        assertThat(hub.put("/v1/me/player/play?device_id=..%2F..", "{}", token).status()).isEqualTo(404);

        try (ScriptedDevice d = device("sleeper")) {
            d.presence(false);
            Eventually.await("sleeper is unlisted",
                    () -> !hub.get("/v1/me/player/devices", token).body().contains("sleeper"));
            var offline = hub.put("/v1/me/player/play?device_id=sleeper", "{\"uris\":[\"tonearm:track:a\"]}", token);
            assertThat(offline.status()).isEqualTo(404);
            assertThat(hub.json(offline).get("error").get("message").getStringValue()).isEqualTo("Device is offline");
        }
    }

    @Test
    void malformed_json_bad_uris_and_negative_positions_are_400() throws Exception {
        try (ScriptedDevice d = device("strict")) {
            String play = "/v1/me/player/play?device_id=" + d.id();
            assertThat(message(hub.put(play, "{\"uris\":[", token), 400)).isEqualTo("Malformed JSON");
            assertThat(message(hub.put(play, "{\"uris\":[\"spotify:track:x\"]}", token), 400))
                    .isEqualTo("uris[0] is not a track uri (tonearm:track:ID)");
            assertThat(message(hub.put(play, "{\"uris\":[]}", token), 400)).contains("1 to 1000 track uris");
            assertThat(message(hub.put(play, "{\"uris\":[\"tonearm:track:a\"],\"position_ms\":-1}", token), 400))
                    .isEqualTo("position_ms must not be negative");
            assertThat(message(hub.put(play, "{\"uris\":[\"tonearm:track:a\"],\"offset\":{\"position\":3}}", token),
                    400)).isEqualTo("offset.position is outside uris");
        }
    }

    private String message(HubUnderTest.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return hub.json(r).get("error").get("message").getStringValue();
    }

    @Test
    void the_player_shows_the_active_device_its_track_from_the_control_plane_and_the_progress() throws Exception {
        try (ScriptedDevice d = device("stage")) {
            d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
            assertThat(hub.put("/v1/me/player/play?device_id=stage", "{\"uris\":[\"tonearm:track:morning-tram\"]}",
                    token).status()).isEqualTo(204);
            d.state(StateReport.newBuilder().setStatus(PlaybackStatus.PLAYBACK_STATUS_PLAYING)
                    .setTrackUri("tonearm:track:morning-tram").setPositionMs(1000)
                    .setPositionTimestampMs(System.currentTimeMillis()).setDurationMs(23450).setVolumePercent(35)
                    .setSessionVersion(1).build());
            Eventually.await("the state report arrived",
                    () -> hub.get("/v1/me/player", token).body().contains("\"is_playing\":true"));
            Thread.sleep(200);

            JsonNode player = hub.json(hub.get("/v1/me/player", token));
            assertThat(player.get("device").get("id").getStringValue()).isEqualTo("stage");
            assertThat(player.get("device").get("is_active").getBooleanValue()).isTrue();
            assertThat(player.get("device").get("volume_percent").getIntValue()).isEqualTo(35);
            assertThat(player.get("progress_ms").getLongValue()).isBetween(1150L, 23450L);
            assertThat(player.get("timestamp").getLongValue()).isPositive();
            assertThat(player.get("currently_playing_type").getStringValue()).isEqualTo("track");
            assertThat(player.get("shuffle_state").getBooleanValue()).isFalse();
            assertThat(player.get("repeat_state").getStringValue()).isEqualTo("off");
            assertThat(player.get("item").get("name").getStringValue()).isEqualTo("Morning Tram");
            assertThat(player.get("item").get("uri").getStringValue()).isEqualTo("tonearm:track:morning-tram");
        }
    }
}
