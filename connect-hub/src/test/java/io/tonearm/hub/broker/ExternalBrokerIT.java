package io.tonearm.hub.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.mqtt.MqttGateway;
import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.FreePort;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.PlaybackStatus;
import io.tonearm.protocol.v1.StateReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub pointed at a broker it did not start: same client, same behaviour. */
class ExternalBrokerIT {

    @TempDir
    Path brokerDir;
    @TempDir
    Path dataDir;

    @Test
    void a_hub_in_external_mode_serves_devices_of_a_broker_it_did_not_start() throws Exception {
        int port = FreePort.pick();
        try (EmbeddedBroker external = EmbeddedBroker.start(brokerDir, "127.0.0.1", port, 100_000, Duration.ofSeconds(30));
             HubUnderTest hub = HubUnderTest.external(dataDir, "tcp://127.0.0.1:" + port, Map.of())) {
            assertThat(hub.context().getBean(BrokerEndpoint.class).isEmbedded()).isFalse();
            assertThat(hub.context().getBean(BrokerEndpoint.class).serverUri()).isEqualTo(external.clientUri());
            assertThat(Files.exists(dataDir.resolve("broker"))).as("no embedded broker files").isFalse();

            try (ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), "porch", "Porch",
                    DeviceType.DEVICE_TYPE_SPEAKER)) {
                Eventually.await("porch is listed",
                        () -> hub.get("/v1/me/player/devices", hub.token()).body().contains("\"porch\""));
                d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
                assertThat(hub.put("/v1/me/player/play?device_id=porch", "{\"uris\":[\"tonearm:track:t1\"]}",
                        hub.token()).status()).isEqualTo(204);
                d.state(StateReport.newBuilder().setStatus(PlaybackStatus.PLAYBACK_STATUS_PAUSED)
                        .setTrackUri("tonearm:track:t1").setPositionMs(4000).setDurationMs(9000).build());
                Eventually.await("porch reported its state",
                        () -> hub.get("/v1/me/player", hub.token()).body().contains("\"progress_ms\":4000"));

                JsonNode player = hub.json(hub.get("/v1/me/player", hub.token()));
                assertThat(player.get("is_playing").getBooleanValue()).isFalse();
                JsonNode item = player.get("item");
                assertThat(item.get("id").getStringValue()).as("control plane unreachable: from the report").isEqualTo("t1");
                assertThat(item.get("uri").getStringValue()).isEqualTo("tonearm:track:t1");
                assertThat(item.get("duration_ms").getLongValue()).isEqualTo(9000);
            }
        }
    }

    @Test
    void the_hub_reconnects_and_subscribes_again_after_the_broker_restarts() throws Exception {
        int port = FreePort.pick();
        String uri = "tcp://127.0.0.1:" + port;
        EmbeddedBroker first = EmbeddedBroker.start(brokerDir, "127.0.0.1", port, 100_000, Duration.ofSeconds(30));
        try (HubUnderTest hub = HubUnderTest.external(dataDir, uri, Map.of())) {
            MqttGateway gateway = hub.context().getBean(MqttGateway.class);
            first.close();
            Eventually.await("the hub notices the broker is gone", () -> !gateway.ready());
            try (EmbeddedBroker second = EmbeddedBroker.start(brokerDir, "127.0.0.1", port, 100_000, Duration.ofSeconds(30))) {
                Eventually.await("the hub is back", Duration.ofSeconds(30), gateway::ready);
                try (ScriptedDevice d = ScriptedDevice.online(uri, "attic", "Attic", DeviceType.DEVICE_TYPE_SPEAKER)) {
                    Eventually.await("attic is listed",
                            () -> hub.get("/v1/me/player/devices", hub.token()).body().contains("\"attic\""));
                }
            }
        }
    }
}
