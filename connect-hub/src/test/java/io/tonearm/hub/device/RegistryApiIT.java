package io.tonearm.hub.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.DeviceType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names people give devices, the registry file across hub restarts, and MQTT session takeover. */
class RegistryApiIT {

    @TempDir
    Path dataDir;

    private static String nameOf(HubUnderTest hub, String id) {
        JsonNode devices = hub.json(hub.get("/v1/me/player/devices", hub.token())).get("devices");
        for (int i = 0; i < devices.size(); i++) {
            if (devices.get(i).get("id").getStringValue().equals(id)) {
                return devices.get(i).get("name").getStringValue();
            }
        }
        return null;
    }

    @Test
    void a_renamed_device_keeps_its_name_and_is_known_but_offline_after_a_hub_restart() throws Exception {
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of());
             ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), "porch", "Porch", DeviceType.DEVICE_TYPE_SPEAKER)) {
            Eventually.await("porch is listed", () -> "Porch".equals(nameOf(hub, "porch")));
            assertThat(hub.put("/v1/me/player/devices/porch", "{\"name\":\"Porch Radio\"}", hub.token()).status())
                    .isEqualTo(204);
            assertThat(nameOf(hub, "porch")).isEqualTo("Porch Radio");
            d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
            assertThat(hub.put("/v1/me/player/play?device_id=porch", "{\"uris\":[\"tonearm:track:t\"]}", hub.token())
                    .status()).isEqualTo(204);
        }
        assertThat(Files.readString(dataDir.resolve("devices.json"))).contains("Porch Radio", "\"lastController\":\"demo\"");

        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of())) {
            assertThat(nameOf(hub, "porch")).as("offline devices are not listed").isNull();
            HubUnderTest.Response r = hub.put("/v1/me/player/play?device_id=porch", null, hub.token());
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.body()).as("known, so offline rather than not found").contains("Device is offline");
            assertThat(hub.put("/v1/me/player/devices/porch", "{\"name\":\"Porch\"}", hub.token()).status())
                    .as("an offline device can be renamed").isEqualTo(204);
            assertThat(hub.put("/v1/me/player/devices/porch", "{\"name\":\"Porch Radio\"}", hub.token()).status())
                    .isEqualTo(204);
            try (ScriptedDevice back = ScriptedDevice.online(hub.brokerUri(), "porch", "Porch",
                    DeviceType.DEVICE_TYPE_SPEAKER)) {
                Eventually.await("porch is back under its given name", () -> "Porch Radio".equals(nameOf(hub, "porch")));
                assertThat(hub.json(hub.get("/v1/me/player/devices", hub.token())).get("devices").size())
                        .as("the same device, not a duplicate").isEqualTo(1);
                assertThat(hub.put("/v1/me/player/devices/porch", "{\"name\":null}", hub.token()).status()).isEqualTo(204);
                assertThat(nameOf(hub, "porch")).as("null gives back the device's own name").isEqualTo("Porch");
            }
        }
    }

    @Test
    void bad_names_bodies_and_ids_are_refused() throws Exception {
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of());
             ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), "den", "Den", DeviceType.DEVICE_TYPE_SPEAKER)) {
            Eventually.await("den is listed", () -> "Den".equals(nameOf(hub, "den")));
            String[] badBodies = {"", "{", "[]", "\"Den\"", "{}", "{\"name\":42}", "{\"name\":\"\"}", "{\"name\":\"   \"}",
                "{\"name\":\" Den\"}", "{\"name\":\"" + "x".repeat(65) + "\"}", "{\"name\":\"a\\u0000b\"}",
                "{\"name\":\"evil\\u202Eexe\"}", "{\"name\":\"\\ud800\"}", "{\"name\":[\"Den\"]}"};
            for (String body : badBodies) {
                HubUnderTest.Response r = hub.put("/v1/me/player/devices/den", body.isEmpty() ? null : body, hub.token());
                assertThat(r.status()).as(body).isEqualTo(400);
                assertThat(r.body()).as(body).startsWith("{\"error\":{\"status\":400");
            }
            assertThat(nameOf(hub, "den")).isEqualTo("Den");
            assertThat(hub.put("/v1/me/player/devices/den", "{\"name\":\"" + "é".repeat(64) + "\"}", hub.token())
                    .status()).as("64 characters, not bytes").isEqualTo(204);
            assertThat(hub.put("/v1/me/player/devices/nobody", "{\"name\":\"X\"}", hub.token()).status()).isEqualTo(404);
            assertThat(hub.put("/v1/me/player/devices/a%2Fb", "{\"name\":\"X\"}", hub.token()).status()).isEqualTo(404);
            assertThat(hub.put("/v1/me/player/devices/den", "{\"name\":\"X\"}", null).status()).isEqualTo(401);
            assertThat(hub.put("/v1/me/player/devices/den", "{\"name\":\"X\"}", "wrong").status()).isEqualTo(401);
        }
    }

    @Test
    void a_corrupt_registry_file_is_moved_aside_and_the_hub_starts_empty() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("devices.json"), "{\"format\":1,\"devices\":[{\"id\":", StandardCharsets.UTF_8);
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of())) {
            assertThat(hub.get("/v1/me/player/devices", hub.token()).status()).isEqualTo(200);
            assertThat(Files.exists(dataDir.resolve("devices.json.bad"))).isTrue();
        }
        Files.writeString(dataDir.resolve("devices.json"), "{\"format\":1,\"devices\":[{\"id\":\"bad id\"},"
                + "{\"id\":\"ok\",\"name\":\"Ok\",\"type\":\"SPEAKER\",\"customName\":\"\\u0007\"},"
                + "{\"id\":\"fine\",\"name\":\"Fine\",\"type\":\"SPEAKER\",\"supportsVolume\":true}]}");
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of())) {
            HubUnderTest.Response r = hub.put("/v1/me/player/pause?device_id=fine", null, hub.token());
            assertThat(r.body()).as("the valid entry was loaded").contains("Device is offline");
            assertThat(hub.put("/v1/me/player/pause?device_id=ok", null, hub.token()).body()).contains("Device not found");
        }
    }

    @Test
    void a_device_that_reconnects_with_the_same_id_takes_over_and_only_the_new_connection_plays() throws Exception {
        try (HubUnderTest hub = HubUnderTest.embedded(dataDir, Map.of());
             ScriptedDevice old = ScriptedDevice.online(hub.brokerUri(), "twin", "Twin", DeviceType.DEVICE_TYPE_SPEAKER)) {
            Eventually.await("twin is listed", () -> nameOf(hub, "twin") != null);
            try (ScriptedDevice fresh = ScriptedDevice.online(hub.brokerUri(), "twin", "Twin",
                    DeviceType.DEVICE_TYPE_SPEAKER)) {
                Eventually.await("the broker dropped the old connection", () -> !old.connected());
                Eventually.await("twin is listed again", () -> nameOf(hub, "twin") != null);
                fresh.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
                assertThat(hub.put("/v1/me/player/play?device_id=twin", "{\"uris\":[\"tonearm:track:t\"]}", hub.token())
                        .status()).isEqualTo(204);
                Command play = fresh.nextCommand(Duration.ofSeconds(5));
                assertThat(play.hasPlay()).isTrue();
                old.expectNoCommand(Duration.ofMillis(500));
                assertThat(hub.json(hub.get("/v1/me/player/devices", hub.token())).get("devices").size()).isEqualTo(1);
            }
        }
    }
}
