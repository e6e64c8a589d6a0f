package io.tonearm.hub.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.PlaybackStatus;
import io.tonearm.protocol.v1.StateReport;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The device registry and the devices list, built from what scripted devices publish. */
class DevicesApiIT {

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

    private Optional<JsonNode> listed(String id) {
        HubUnderTest.Response r = hub.get("/v1/me/player/devices", token);
        assertThat(r.status()).isEqualTo(200);
        for (JsonNode d : hub.json(r).get("devices").values()) {
            if (d.get("id").getStringValue().equals(id)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    @Test
    void health_answers_up_without_a_token() {
        HubUnderTest.Response r = hub.get("/health", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void v1_endpoints_refuse_requests_without_a_token_or_with_an_unknown_one() {
        HubUnderTest.Response none = hub.get("/v1/me/player/devices", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.body()).isEqualTo("{\"error\":{\"status\":401,\"message\":\"No token provided\"}}");
        HubUnderTest.Response wrong = hub.put("/v1/me/player/pause", null, "x".repeat(43));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("{\"error\":{\"status\":401,\"message\":\"Invalid access token\"}}");
        assertThat(hub.get("/v1/me/player", "not-even-a-token").status()).isEqualTo(401);
    }

    @Test
    void a_device_is_listed_after_hello_and_online_presence_with_spotifys_fields() throws Exception {
        try (ScriptedDevice d = ScriptedDevice.connect(hub.brokerUri(), "kitchen")) {
            d.hello(Hello.newBuilder().setDeviceId("kitchen").setName("Kitchen").setType(DeviceType.DEVICE_TYPE_CAR)
                    .build());
            Thread.sleep(300);
            assertThat(listed("kitchen")).as("not listed before it is online").isEmpty();
            d.presence(true);
            Eventually.await("kitchen is listed", () -> listed("kitchen").isPresent());

            JsonNode kitchen = listed("kitchen").orElseThrow();
            assertThat(kitchen.get("name").getStringValue()).isEqualTo("Kitchen");
            assertThat(kitchen.get("type").getStringValue()).isEqualTo("Automobile");
            assertThat(kitchen.get("is_active").getBooleanValue()).isFalse();
            assertThat(kitchen.get("is_private_session").getBooleanValue()).isFalse();
            assertThat(kitchen.get("is_restricted").getBooleanValue()).isFalse();
            assertThat(kitchen.get("supports_volume").getBooleanValue()).isFalse();
            assertThat(kitchen.get("volume_percent").isNull()).isTrue();
        }
    }

    @Test
    void volume_percent_is_null_until_the_device_reports_it() throws Exception {
        try (ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), "den", "Den", DeviceType.DEVICE_TYPE_BOARD)) {
            Eventually.await("den is listed", () -> listed("den").isPresent());
            assertThat(listed("den").orElseThrow().get("volume_percent").isNull()).isTrue();
            assertThat(listed("den").orElseThrow().get("type").getStringValue()).isEqualTo("Speaker");
            d.state(StateReport.newBuilder().setStatus(PlaybackStatus.PLAYBACK_STATUS_IDLE).setVolumePercent(0).build());
            Eventually.await("den reports volume 0",
                    () -> !listed("den").orElseThrow().get("volume_percent").isNull());
            assertThat(listed("den").orElseThrow().get("volume_percent").getIntValue()).isZero();
        }
    }

    @Test
    void a_device_disappears_when_its_will_fires() throws Exception {
        ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), "car-1", "Car", DeviceType.DEVICE_TYPE_CAR);
        Eventually.await("car-1 is listed", () -> listed("car-1").isPresent());
        d.crash();
        Eventually.await("car-1 is gone after its will", () -> listed("car-1").isEmpty());
    }

    @Test
    void a_device_disappears_when_it_says_offline() throws Exception {
        try (ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), "tv-1", "TV", DeviceType.DEVICE_TYPE_TV)) {
            Eventually.await("tv-1 is listed", () -> listed("tv-1").isPresent());
            assertThat(listed("tv-1").orElseThrow().get("type").getStringValue()).isEqualTo("TV");
            d.presence(false);
            Eventually.await("tv-1 is gone", () -> listed("tv-1").isEmpty());
        }
    }

    @Test
    void a_hello_naming_another_device_is_ignored() throws Exception {
        try (ScriptedDevice d = ScriptedDevice.connect(hub.brokerUri(), "imposter")) {
            d.hello(Hello.newBuilder().setDeviceId("victim").setName("Victim").build());
            d.presence(true);
            Thread.sleep(500);
            assertThat(listed("imposter")).isEmpty();
            assertThat(listed("victim")).isEmpty();
        }
    }

    @Test
    void garbage_and_oversized_payloads_are_dropped_and_the_hub_keeps_working() throws Exception {
        try (ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), "noisy", "Noisy", DeviceType.DEVICE_TYPE_SPEAKER)) {
            Eventually.await("noisy is listed", () -> listed("noisy").isPresent());
            byte[] garbage = {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01, 0x02};
            for (Topics.Kind kind : new Topics.Kind[] {Topics.Kind.HELLO, Topics.Kind.PRESENCE, Topics.Kind.STATE,
                Topics.Kind.EVENTS, Topics.Kind.ACKS}) {
                d.publish(kind, garbage);
                d.publish(kind, new byte[70 * 1024]);
            }
            d.publish(Topics.Kind.STATE, StateReport.newBuilder().setStatus(PlaybackStatus.PLAYBACK_STATUS_IDLE)
                    .setVolumePercent(101).build().toByteArray());
            Thread.sleep(300);
            assertThat(listed("noisy")).as("the last good hello and presence still stand").isPresent();
            assertThat(listed("noisy").orElseThrow().get("volume_percent").isNull()).isTrue();

            d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
            assertThat(hub.put("/v1/me/player/play?device_id=noisy", "{\"uris\":[\"tonearm:track:a\"]}", token)
                    .status()).isEqualTo(204);
        }
    }
}
