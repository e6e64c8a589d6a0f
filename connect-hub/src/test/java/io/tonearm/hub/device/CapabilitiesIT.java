package io.tonearm.hub.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Capabilities;
import io.tonearm.protocol.v1.DeviceType;
import io.tonearm.protocol.v1.Hello;
import io.tonearm.protocol.v1.Quality;
import io.tonearm.protocol.v1.Transport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hello's capabilities are kept in the registry, survive a hub restart in its file, are shown
 * in {@code GET /v1/me/player/devices}, and a command the device says it cannot do is refused with
 * Spotify's 403 restriction body, without reaching the device.
 */
class CapabilitiesIT {

    private static final String SEEK_DISALLOWED = "{\"error\":{\"status\":403,\"message\":\"Player command failed: "
            + "Cannot seek on this device\",\"reason\":\"SEEK_DISALLOW\"}}";

    @TempDir
    Path dataDir;

    private static JsonNode listed(HubUnderTest hub, String id) {
        JsonNode devices = hub.json(hub.get("/v1/me/player/devices", hub.token())).get("devices");
        for (int i = 0; i < devices.size(); i++) {
            if (devices.get(i).get("id").getStringValue().equals(id)) {
                return devices.get(i);
            }
        }
        return null;
    }

    private static ScriptedDevice radio(HubUnderTest hub) throws Exception {
        ScriptedDevice d = ScriptedDevice.connect(hub.brokerUri(), "radio");
        d.hello(Hello.newBuilder().setDeviceId("radio").setName("Radio").setType(DeviceType.DEVICE_TYPE_SPEAKER)
                .setProfile("tiny").setProtocolVersion(1).addTransports(Transport.TRANSPORT_MQTT)
                .setCapabilities(Capabilities.newBuilder().setVolumeControl(true).setSeek(false).setGapless(true)
                        .setMaxQuality(Quality.QUALITY_160_KBPS).setDisplay(true))
                .build());
        d.presence(true);
        Eventually.await("radio is listed", () -> listed(hub, "radio") != null);
        return d;
    }

    @Test
    void capabilities_are_listed_kept_across_a_restart_and_a_seek_the_device_cannot_do_is_403() throws Exception {
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of()); ScriptedDevice d = radio(hub)) {
            JsonNode caps = listed(hub, "radio").get("capabilities");
            assertThat(caps.get("volume_control").getBooleanValue()).isTrue();
            assertThat(caps.get("seek").getBooleanValue()).isFalse();
            assertThat(caps.get("gapless").getBooleanValue()).isTrue();
            assertThat(caps.get("display").getBooleanValue()).isTrue();
            assertThat(caps.get("hardware_volume").getBooleanValue()).isFalse();
            assertThat(caps.get("max_quality_kbps").getIntValue()).isEqualTo(160);
            assertThat(caps.get("transports").get(0).getStringValue()).isEqualTo("mqtt");
            assertThat(listed(hub, "radio").get("supports_volume").getBooleanValue()).isTrue();

            HubUnderTest.Response seek = hub.put("/v1/me/player/seek?device_id=radio&position_ms=1000", null, hub.token());
            assertThat(seek.status()).isEqualTo(403);
            assertThat(seek.body()).isEqualTo(SEEK_DISALLOWED);
            d.expectNoCommand(Duration.ofMillis(300));

            d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
            assertThat(hub.put("/v1/me/player/volume?device_id=radio&volume_percent=20", null, hub.token()).status())
                    .as("what it can do still works").isEqualTo(204);
        }
        assertThat(Files.readString(dataDir.resolve("devices.json"), StandardCharsets.UTF_8))
                .contains("\"maxQualityKbps\":160");

        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of())) {
            // Offline and not said hello since the restart: the refusal comes from the file's capabilities.
            HubUnderTest.Response r = hub.put("/v1/me/player/seek?device_id=radio&position_ms=1", null, hub.token());
            assertThat(r.body()).contains("Device is offline");
            DeviceRegistry registry = hub.context().getBean(DeviceRegistry.class);
            DeviceCapabilities kept = registry.find("radio").flatMap(Device::info).orElseThrow().capabilities();
            assertThat(kept.seek()).isFalse();
            assertThat(kept.maxQualityKbps()).isEqualTo(160);
            assertThat(kept.transports()).containsExactly("mqtt");
        }
    }

    @Test
    void an_entry_written_before_capabilities_were_kept_reads_as_seekable_with_its_volume_flag() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("devices.json"), "{\"format\":1,\"devices\":["
                + "{\"id\":\"old\",\"name\":\"Old\",\"type\":\"SPEAKER\",\"supportsVolume\":true},"
                + "{\"id\":\"evil\",\"name\":\"Evil\",\"type\":\"SPEAKER\",\"capabilities\":{\"maxQualityKbps\":9999}}]}");
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of())) {
            DeviceRegistry registry = hub.context().getBean(DeviceRegistry.class);
            DeviceCapabilities old = registry.find("old").flatMap(Device::info).orElseThrow().capabilities();
            assertThat(old.seek()).isTrue();
            assertThat(old.volumeControl()).isTrue();
            assertThat(registry.find("evil")).as("an impossible quality is skipped, not loaded").isEmpty();
        }
    }
}
