package io.tonearm.hub.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.broker.EmbeddedBroker;
import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.FreePort;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.PlaybackStatus;
import io.tonearm.protocol.v1.StateReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub restarts while a device plays, on a broker that stays up: the device is never told to stop,
 * and the new hub rebuilds the session from the device's retained hello and state (memory store: it
 * remembers nothing itself) or continues it (the shared JDBC store).
 */
class HubRestartIT {

    private static final List<String> ABC = List.of("tonearm:track:a", "tonearm:track:b", "tonearm:track:c");

    @TempDir
    Path brokerDir;
    @TempDir
    Path dataDir;

    private static StateReport playing(int index, long version) {
        return StateReport.newBuilder().setStatus(PlaybackStatus.PLAYBACK_STATUS_PLAYING).setTrackUri(ABC.get(index))
                .addAllQueue(ABC).setQueueIndex(index).setPositionMs(15_000)
                .setPositionTimestampMs(System.currentTimeMillis()).setDurationMs(200_000).setVolumePercent(42)
                .setSessionVersion(version).build();
    }

    private void restartsWhilePlaying(String store) throws Exception {
        int port = FreePort.pick();
        String uri = "tcp://127.0.0.1:" + port;
        Map<String, Object> config = Map.of("tonearm.hub.session.store", store);
        try (EmbeddedBroker broker = EmbeddedBroker.start(brokerDir, "127.0.0.1", port, 100_000, Duration.ofSeconds(30));
             ScriptedDevice d = connectAndPlay(uri, config)) {
            try (HubUnderTest second = HubUnderTest.external(dataDir, uri, config)) {
                Eventually.await("the new hub rebuilt the session", () -> {
                    HubUnderTest.Response r = second.get("/v1/me/player", second.token());
                    return r.status() == 200 && r.body().contains("\"is_playing\":true");
                });
                JsonNode player = second.json(second.get("/v1/me/player", second.token()));
                assertThat(player.get("device").get("id").getStringValue()).isEqualTo("den");
                assertThat(player.get("item").get("uri").getStringValue()).isEqualTo("tonearm:track:b");
                assertThat(player.get("device").get("volume_percent").getIntValue()).isEqualTo(42);
                JsonNode queue = second.json(second.get("/v1/me/player/queue", second.token()));
                assertThat(queue.get("queue").get(0).get("uri").getStringValue()).isEqualTo("tonearm:track:c");

                assertThat(second.put("/v1/me/player/pause", null, second.token()).status())
                        .as("the rebuilt session has an active device").isEqualTo(204);
                Command pause = d.nextCommand(Duration.ofSeconds(5));
                assertThat(pause.hasPause()).isTrue();
                assertThat(pause.getSessionVersion()).as("not stale for the device").isGreaterThan(7);
            }
        }
    }

    /** A device playing b (reported, retained) through a first hub that then stops; no command after the play. */
    private ScriptedDevice connectAndPlay(String uri, Map<String, Object> config) throws Exception {
        ScriptedDevice d = ScriptedDevice.online(uri, "den", "Den", DeviceType.DEVICE_TYPE_SPEAKER);
        d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
        try (HubUnderTest first = HubUnderTest.external(dataDir, uri, config)) {
            Eventually.await("den is listed", () -> first.get("/v1/me/player/devices", first.token()).body().contains("den"));
            assertThat(first.put("/v1/me/player/play?device_id=den",
                    "{\"uris\":[\"tonearm:track:a\",\"tonearm:track:b\",\"tonearm:track:c\"],\"offset\":{\"position\":1}}",
                    first.token()).status()).isEqualTo(204);
            assertThat(d.nextCommand(Duration.ofSeconds(5)).hasPlay()).isTrue();
            d.state(playing(1, 7));
            Eventually.await("the first hub saw the report",
                    () -> first.get("/v1/me/player", first.token()).body().contains("\"volume_percent\":42"));
        }
        d.expectNoCommand(Duration.ofMillis(300));
        return d;
    }

    @Test
    void a_hub_with_a_memory_store_rebuilds_the_session_from_retained_state_after_a_restart() throws Exception {
        restartsWhilePlaying("memory");
    }

    @Test
    void a_hub_with_the_shared_store_continues_the_session_after_a_restart() throws Exception {
        restartsWhilePlaying("jdbc");
    }

    @Test
    void after_a_broker_restart_hub_and_device_reconnect_and_the_session_carries_on() throws Exception {
        int port = FreePort.pick();
        String uri = "tcp://127.0.0.1:" + port;
        EmbeddedBroker first = EmbeddedBroker.start(brokerDir, "127.0.0.1", port, 100_000, Duration.ofSeconds(30));
        try (HubUnderTest hub = HubUnderTest.external(dataDir, uri, Map.of())) {
            long played;
            try (ScriptedDevice d = ScriptedDevice.online(uri, "loft", "Loft", DeviceType.DEVICE_TYPE_SPEAKER)) {
                d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
                Eventually.await("loft is listed", () -> hub.get("/v1/me/player/devices", hub.token()).body().contains("loft"));
                assertThat(hub.put("/v1/me/player/play?device_id=loft", "{\"uris\":[\"tonearm:track:a\"]}", hub.token())
                        .status()).isEqualTo(204);
                played = d.nextCommand(Duration.ofSeconds(5)).getSessionVersion();
                first.close();
                Eventually.await("the hub noticed", () -> !hub.context().getBean(io.tonearm.hub.mqtt.MqttGateway.class).ready());
                assertThat(hub.put("/v1/me/player/pause", null, hub.token()).status())
                        .as("while the broker is down the device is offline or unreachable, at once")
                        .isIn(404, 503);
            }
            try (EmbeddedBroker second = EmbeddedBroker.start(brokerDir, "127.0.0.1", port, 100_000, Duration.ofSeconds(30));
                 ScriptedDevice back = ScriptedDevice.online(uri, "loft", "Loft", DeviceType.DEVICE_TYPE_SPEAKER)) {
                back.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
                io.tonearm.hub.mqtt.MqttGateway gateway = hub.context().getBean(io.tonearm.hub.mqtt.MqttGateway.class);
                Eventually.await("the hub reconnected with backoff and subscribed again", Duration.ofSeconds(40),
                        gateway::ready);
                Eventually.await("the hub sees loft", Duration.ofSeconds(10),
                        () -> hub.get("/v1/me/player/devices", hub.token()).body().contains("loft"));
                assertThat(hub.put("/v1/me/player/pause", null, hub.token()).status())
                        .as("the session still knows its active device").isEqualTo(204);
                assertThat(back.nextCommand(Duration.ofSeconds(5)).getSessionVersion()).isGreaterThan(played);
            }
        }
    }
}
