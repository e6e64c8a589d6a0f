package io.tonearm.hub.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Capabilities;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.Hello;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Next, previous, seek and volume through a real hub, its embedded broker and scripted devices. */
class PlayerControlsApiIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofMillis(300);
    private static final String RESTRICTED = "Player command failed: Restriction violated";

    @TempDir
    static Path dataDir;
    static HubUnderTest hub;
    static String token;

    @BeforeAll
    static void start() {
        hub = HubUnderTest.embedded(dataDir, Map.of());
        token = hub.token();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    private ScriptedDevice device(String id) throws Exception {
        ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), id, "Speaker " + id, DeviceType.DEVICE_TYPE_SPEAKER);
        awaitListed(id);
        return d;
    }

    private static void awaitListed(String id) {
        Eventually.await(id + " is listed", () -> hub.get("/v1/me/player/devices", token).body().contains(id));
    }

    private static CompletableFuture<HubUnderTest.Response> async(Supplier<HubUnderTest.Response> call) {
        return CompletableFuture.supplyAsync(call);
    }

    /** Sends the call, answers the command it causes with {@code outcome} and returns it and the response. */
    private static Command answered(ScriptedDevice d, Supplier<HubUnderTest.Response> call, Ack.Outcome outcome,
            String reason, int status, String body) throws Exception {
        return answered(d, call, outcome, reason, "", status, body);
    }

    private static Command answered(ScriptedDevice d, Supplier<HubUnderTest.Response> call, Ack.Outcome outcome,
            String reason, String errorCode, int status, String body) throws Exception {
        var response = async(call);
        Command command = d.nextCommand(WAIT);
        d.ack(command, outcome, reason, errorCode);
        HubUnderTest.Response r = response.get();
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).isEqualTo(body);
        return command;
    }

    private static String error(int status, String message) {
        return "{\"error\":{\"status\":" + status + ",\"message\":\"" + message + "\"}}";
    }

    private static String restricted(String message, String reason) {
        return "{\"error\":{\"status\":403,\"message\":\"" + message + "\",\"reason\":\"" + reason + "\"}}";
    }

    @Test
    void next_and_previous_send_their_commands_to_the_named_device_and_answer_204() throws Exception {
        try (ScriptedDevice d = device("skipper")) {
            Command next = answered(d, () -> hub.post("/v1/me/player/next?device_id=skipper", token),
                    Ack.Outcome.OUTCOME_APPLIED, "", 204, "");
            assertThat(next.hasNext()).isTrue();
            assertThat(next.getSessionVersion()).isPositive();
            Command previous = answered(d, () -> hub.post("/v1/me/player/previous?device_id=skipper", token),
                    Ack.Outcome.OUTCOME_APPLIED, "", 204, "");
            assertThat(previous.hasPrevious()).isTrue();
            assertThat(previous.getSessionVersion()).isGreaterThan(next.getSessionVersion());
            assertThat(previous.getSequence()).isEqualTo(next.getSequence() + 1);
        }
    }

    @Test
    void without_device_id_the_controls_go_to_the_active_device() throws Exception {
        try (ScriptedDevice d = device("active-one")) {
            d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
            assertThat(hub.put("/v1/me/player/play?device_id=active-one", "{\"uris\":[\"tonearm:track:a\"]}", token)
                    .status()).isEqualTo(204);
            assertThat(d.nextCommand(WAIT).hasPlay()).isTrue();
            assertThat(hub.post("/v1/me/player/next", token).status()).isEqualTo(204);
            assertThat(d.nextCommand(WAIT).hasNext()).isTrue();
            assertThat(hub.post("/v1/me/player/previous", token).status()).isEqualTo(204);
            assertThat(d.nextCommand(WAIT).hasPrevious()).isTrue();
            assertThat(hub.put("/v1/me/player/seek?position_ms=5", null, token).status()).isEqualTo(204);
            assertThat(d.nextCommand(WAIT).getSeek().getPositionMs()).isEqualTo(5);
            assertThat(hub.put("/v1/me/player/volume?volume_percent=7", null, token).status()).isEqualTo(204);
            assertThat(d.nextCommand(WAIT).getSetVolume().getVolumePercent()).isEqualTo(7);
        }
    }

    @Test
    void next_at_the_end_of_the_queue_and_previous_with_nothing_loaded_are_403_restriction_violated()
            throws Exception {
        try (ScriptedDevice d = device("at-the-end")) {
            answered(d, () -> hub.post("/v1/me/player/next?device_id=at-the-end", token), Ack.Outcome.OUTCOME_FAILED,
                    "no next track", "no_next_track", 403, restricted(RESTRICTED, "NO_NEXT_TRACK"));
            answered(d, () -> hub.post("/v1/me/player/previous?device_id=at-the-end", token),
                    Ack.Outcome.OUTCOME_FAILED, "no previous track", "no_previous_track", 403,
                    restricted(RESTRICTED, "NO_PREV_TRACK"));
            answered(d, () -> hub.put("/v1/me/player/seek?device_id=at-the-end&position_ms=1", null, token),
                    Ack.Outcome.OUTCOME_FAILED, "nothing to seek in", "nothing_loaded", 403,
                    restricted(RESTRICTED, "NOT_PLAYING_TRACK"));
        }
    }

    @Test
    void other_failures_stale_and_invalid_acks_keep_the_play_mapping() throws Exception {
        try (ScriptedDevice d = device("grumpy")) {
            answered(d, () -> hub.post("/v1/me/player/next?device_id=grumpy", token), Ack.Outcome.OUTCOME_FAILED,
                    "decoder on fire", 502, error(502, "Device could not carry out the command: decoder on fire"));
            // The restriction is recognised only for its own command: no_next_track on previous is a 502.
            answered(d, () -> hub.post("/v1/me/player/previous?device_id=grumpy", token), Ack.Outcome.OUTCOME_FAILED,
                    "no next track", "no_next_track", 502, error(502, "Device could not carry out the command: no next track"));
            // The hub reads codes, never the text meant for people.
            answered(d, () -> hub.post("/v1/me/player/next?device_id=grumpy", token), Ack.Outcome.OUTCOME_FAILED,
                    "no next track", 502, error(502, "Device could not carry out the command: no next track"));
            answered(d, () -> hub.put("/v1/me/player/seek?device_id=grumpy&position_ms=1", null, token),
                    Ack.Outcome.OUTCOME_STALE, "old", 409, error(409, "Device rejected the command as stale: old"));
            answered(d, () -> hub.put("/v1/me/player/volume?device_id=grumpy&volume_percent=1", null, token),
                    Ack.Outcome.OUTCOME_INVALID, "bad", 400, error(400, "Device rejected the command as invalid: bad"));
            answered(d, () -> hub.post("/v1/me/player/next?device_id=grumpy", token), Ack.Outcome.OUTCOME_DUPLICATE,
                    "", 204, "");
        }
    }

    @Test
    void a_silent_device_is_504_and_unknown_offline_or_hostile_ids_are_404() throws Exception {
        try (ScriptedDevice d = device("mute-swan")) {
            var r = hub.post("/v1/me/player/next?device_id=mute-swan", token);
            assertThat(r.status()).isEqualTo(504);
            assertThat(r.body()).isEqualTo(error(504, "Device did not respond"));
            assertThat(d.nextCommand(WAIT).hasNext()).isTrue();

            d.presence(false);
            Eventually.await("mute-swan is unlisted",
                    () -> !hub.get("/v1/me/player/devices", token).body().contains("mute-swan"));
            assertThat(hub.put("/v1/me/player/volume?device_id=mute-swan&volume_percent=3", null, token).body())
                    .isEqualTo(error(404, "Device is offline"));
        }
        for (String id : new String[] {"nobody", "..%2F..", "a%2Bb%23c", "x".repeat(200), "%00"}) {
            assertThat(hub.post("/v1/me/player/previous?device_id=" + id, token).body()).as(id)
                    .isEqualTo(error(404, "Device not found"));
            assertThat(hub.put("/v1/me/player/seek?position_ms=0&device_id=" + id, null, token).body()).as(id)
                    .isEqualTo(error(404, "Device not found"));
        }
    }

    @Test
    void seek_sends_the_position_and_accepts_the_bounds() throws Exception {
        try (ScriptedDevice d = device("seeker")) {
            Command seek = answered(d, () -> hub.put("/v1/me/player/seek?device_id=seeker&position_ms=10000", null,
                    token), Ack.Outcome.OUTCOME_APPLIED, "", 204, "");
            assertThat(seek.getSeek().getPositionMs()).isEqualTo(10_000);
            assertThat(answered(d, () -> hub.put("/v1/me/player/seek?position_ms=0&device_id=seeker", null, token),
                    Ack.Outcome.OUTCOME_APPLIED, "", 204, "").getSeek().getPositionMs()).isZero();
            assertThat(answered(d, () -> hub.put("/v1/me/player/seek?device_id=seeker&position_ms=86400000", null,
                    token), Ack.Outcome.OUTCOME_APPLIED, "", 204, "").getSeek().getPositionMs()).isEqualTo(86_400_000);
        }
    }

    @Test
    void missing_negative_non_numeric_huge_and_repeated_positions_are_400_and_send_nothing() throws Exception {
        try (ScriptedDevice d = device("careful")) {
            String seek = "/v1/me/player/seek?device_id=careful";
            String range = "position_ms must be a whole number from 0 to 86400000";
            assertThat(hub.put(seek, null, token).body()).isEqualTo(error(400, "position_ms is required"));
            assertThat(hub.put(seek + "&position_ms=", null, token).body()).isEqualTo(error(400, "position_ms is required"));
            for (String bad : new String[] {"-1", "abc", "1.5", "1e3", "+5", "%205", "0x10", "86400001",
                    "99999999999999999999999999", "9223372036854775808", "%E2%80%8B1", "１"}) {
                assertThat(hub.put(seek + "&position_ms=" + bad, null, token).body()).as(bad).isEqualTo(error(400, range));
            }
            assertThat(hub.put(seek + "&position_ms=1&position_ms=2", null, token).body())
                    .isEqualTo(error(400, "position_ms must be given once"));
            d.expectNoCommand(QUIET);
        }
    }

    @Test
    void volume_sends_the_percent_and_accepts_0_and_100() throws Exception {
        try (ScriptedDevice d = device("loud")) {
            for (int v : new int[] {50, 0, 100}) {
                Command c = answered(d, () -> hub.put("/v1/me/player/volume?device_id=loud&volume_percent=" + v, null,
                        token), Ack.Outcome.OUTCOME_APPLIED, "", 204, "");
                assertThat(c.hasSetVolume()).isTrue();
                assertThat(c.getSetVolume().getVolumePercent()).isEqualTo(v);
            }
        }
    }

    @Test
    void out_of_range_non_numeric_missing_and_repeated_volumes_are_400_and_send_nothing() throws Exception {
        try (ScriptedDevice d = device("quiet")) {
            String volume = "/v1/me/player/volume?device_id=quiet";
            String range = "volume_percent must be a whole number from 0 to 100";
            assertThat(hub.put(volume, null, token).body()).isEqualTo(error(400, "volume_percent is required"));
            for (String bad : new String[] {"101", "-1", "50.0", "half", "1000000000000000000000", "50%25", "%0A50"}) {
                assertThat(hub.put(volume + "&volume_percent=" + bad, null, token).body()).as(bad)
                        .isEqualTo(error(400, range));
            }
            assertThat(hub.put(volume + "&volume_percent=5&volume_percent=6", null, token).body())
                    .isEqualTo(error(400, "volume_percent must be given once"));
            d.expectNoCommand(QUIET);
        }
    }

    @Test
    void a_device_without_volume_control_is_403_volume_control_disallow_and_gets_no_command() throws Exception {
        try (ScriptedDevice d = ScriptedDevice.connect(hub.brokerUri(), "fixed-gain")) {
            d.hello(Hello.newBuilder().setDeviceId("fixed-gain").setName("Fixed Gain").setType(DeviceType.DEVICE_TYPE_CAR)
                    .setProtocolVersion(1).setCapabilities(Capabilities.newBuilder().setVolumeControl(false)).build());
            d.presence(true);
            awaitListed("fixed-gain");
            var r = hub.put("/v1/me/player/volume?device_id=fixed-gain&volume_percent=40", null, token);
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.body()).isEqualTo(restricted("Player command failed: Cannot control device volume",
                    "VOLUME_CONTROL_DISALLOW"));
            d.expectNoCommand(QUIET);
            // Everything else still reaches it.
            answered(d, () -> hub.post("/v1/me/player/next?device_id=fixed-gain", token), Ack.Outcome.OUTCOME_APPLIED,
                    "", 204, "");
        }
    }

    @Test
    void the_controls_need_a_token_the_right_method_and_tolerate_a_body() throws Exception {
        assertThat(hub.post("/v1/me/player/next", null).status()).isEqualTo(401);
        assertThat(hub.put("/v1/me/player/seek?position_ms=1", null, "not-a-token").body())
                .isEqualTo(error(401, "Invalid access token"));
        assertThat(hub.get("/v1/me/player/next", token).status()).isEqualTo(405);
        assertThat(hub.post("/v1/me/player/seek?position_ms=1", token).status()).isEqualTo(405);
        assertThat(hub.send("PUT", "/v1/me/player/volume?volume_percent=1", "x", token, "Content-Type",
                "application/octet-stream").status()).isEqualTo(415);
        try (ScriptedDevice d = device("bodied")) {
            answered(d, () -> hub.send("POST", "/v1/me/player/next?device_id=bodied", "{\"ignored\":[", token,
                    "Content-Type", "application/json"), Ack.Outcome.OUTCOME_APPLIED, "", 204, "");
        }
    }
}
