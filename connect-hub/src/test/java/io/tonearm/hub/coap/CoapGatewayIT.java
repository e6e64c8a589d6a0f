package io.tonearm.hub.coap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.support.CoapScriptedDevice;
import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.protocol.CoapResources;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.WireLimits;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.Command;
import io.tonearm.protocol.v1.PlaybackStatus;
import io.tonearm.protocol.v1.StateReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.eclipse.californium.core.coap.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real hub (Micronaut, Californium on a free UDP port) driven by scripted Californium clients. */
class CoapGatewayIT {

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
        for (JsonNode d : hub.json(hub.get("/v1/me/player/devices", token)).get("devices").values()) {
            if (d.get("id").getStringValue().equals(id)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    @Test
    void a_hello_with_a_new_instance_id_supersedes_the_old_start_which_gets_4_09_everywhere() throws Exception {
        try (CoapScriptedDevice old = new CoapScriptedDevice(hub.coapPort(), "twin-car");
             CoapScriptedDevice fresh = new CoapScriptedDevice(hub.coapPort(), "twin-car")) {
            byte[] oldHello = CoapScriptedDevice.hello("twin-car").toBuilder().setInstanceId("start-1").build().toByteArray();
            assertThat(old.post(Topics.Kind.HELLO, oldHello).getCode()).isEqualTo(ResponseCode.CHANGED);
            assertThat(old.post(Topics.Kind.PRESENCE, CoapScriptedDevice.online()).getCode()).isEqualTo(ResponseCode.CHANGED);
            old.observe();
            assertThat(old.post(Topics.Kind.HELLO, oldHello).getCode()).as("the same start says hello again")
                    .isEqualTo(ResponseCode.CHANGED);

            byte[] freshHello = CoapScriptedDevice.hello("twin-car").toBuilder().setInstanceId("start-2").build()
                    .toByteArray();
            assertThat(fresh.post(Topics.Kind.HELLO, freshHello).getCode()).isEqualTo(ResponseCode.CHANGED);
            Eventually.await("the old observer is told 4.09", () -> old.notified(ResponseCode.CONFLICT));
            assertThat(old.post(Topics.Kind.PRESENCE, CoapScriptedDevice.online()).getCode())
                    .isEqualTo(ResponseCode.CONFLICT);
            assertThat(old.post(Topics.Kind.HELLO, oldHello).getCode()).as("the old start cannot come back")
                    .isEqualTo(ResponseCode.CONFLICT);
            assertThat(old.client(CoapResources.path("twin-car", Topics.Kind.COMMANDS)).get().getCode())
                    .isEqualTo(ResponseCode.CONFLICT);

            assertThat(fresh.post(Topics.Kind.PRESENCE, CoapScriptedDevice.online()).getCode())
                    .isEqualTo(ResponseCode.CHANGED);
            fresh.observe();
            Eventually.await("twin-car is listed", () -> listed("twin-car").isPresent());
            CompletableFuture<HubUnderTest.Response> pause = CompletableFuture.supplyAsync(
                    () -> hub.put("/v1/me/player/pause?device_id=twin-car", null, hub.token()));
            Command c = fresh.nextCommand();
            fresh.ack(c, Ack.Outcome.OUTCOME_APPLIED);
            assertThat(pause.get().status()).isEqualTo(204);
            assertThat(old.pollCommand(300)).as("the old start receives nothing").isNull();

            assertThat(old.post(Topics.Kind.HELLO, CoapScriptedDevice.hello("twin-car").toBuilder()
                    .setInstanceId("bad/#").build().toByteArray()).getCode()).as("a hostile instance id")
                    .isEqualTo(ResponseCode.BAD_REQUEST);
        }
    }

    @Test
    void well_known_core_lists_the_device_resources_in_link_format() throws Exception {
        try (CoapScriptedDevice d = new CoapScriptedDevice(hub.coapPort(), "wk-car").start()) {
            CoapResponse r = d.client(".well-known/core").get();

            assertThat(r.getOptions().getContentFormat()).isEqualTo(MediaTypeRegistry.APPLICATION_LINK_FORMAT);
            String links = r.getResponseText();
            assertThat(links).contains("</v1/d>");
            assertThat(links).containsPattern("</v1/d/wk-car/commands>;[^,]*obs");
            assertThat(links).containsPattern("</v1/d/wk-car/commands>;[^,]*rt=\"tonearm.v1.commands\"");
            assertThat(links).containsPattern("</v1/d/wk-car/state>;[^,]*ct=65000");
            for (String kind : new String[] {"hello", "presence", "events", "acks"}) {
                assertThat(links).contains("</v1/d/wk-car/" + kind + ">");
            }
        }
    }

    @Test
    void a_coap_device_is_listed_and_receives_commands_by_observe_and_acks_them_by_post() throws Exception {
        try (CoapScriptedDevice d = new CoapScriptedDevice(hub.coapPort(), "obs-car").start()) {
            Eventually.await("obs-car is listed", () -> listed("obs-car").isPresent());
            assertThat(listed("obs-car").get().get("type").getStringValue()).isEqualTo("Automobile");

            var play = CompletableFuture.supplyAsync(() -> hub.put("/v1/me/player/play?device_id=obs-car",
                    "{\"uris\":[\"tonearm:track:a\",\"tonearm:track:b\"],\"position_ms\":1500}", token));
            Command command = d.nextCommand();
            assertThat(command.getPlay().getTrackUrisList()).containsExactly("tonearm:track:a", "tonearm:track:b");
            assertThat(command.getPlay().getPositionMs()).isEqualTo(1500);
            assertThat(command.getSequence()).isEqualTo(1);
            d.ack(command, Ack.Outcome.OUTCOME_APPLIED);
            assertThat(play.get().status()).isEqualTo(204);

            var volume = CompletableFuture.supplyAsync(() -> hub.put("/v1/me/player/volume?volume_percent=30", null,
                    token));
            Command next = d.nextCommand();
            assertThat(next.getSetVolume().getVolumePercent()).isEqualTo(30);
            d.ack(next, Ack.Outcome.OUTCOME_APPLIED);
            assertThat(volume.get().status()).isEqualTo(204);
        }
    }

    @Test
    void a_second_command_waits_for_the_first_ack_and_a_reregistered_observer_gets_the_pending_one_again()
            throws Exception {
        try (CoapScriptedDevice d = new CoapScriptedDevice(hub.coapPort(), "queue-car").start()) {
            Eventually.await("queue-car is listed", () -> listed("queue-car").isPresent());
            var play = CompletableFuture.supplyAsync(() -> hub.put("/v1/me/player/play?device_id=queue-car",
                    "{\"uris\":[\"tonearm:track:a\"]}", token));
            Command first = d.nextCommand();

            d.observe(); // a lost observation, registered again: the unacknowledged command comes again
            assertThat(d.nextCommand().getId()).isEqualTo(first.getId());
            d.ack(first, Ack.Outcome.OUTCOME_APPLIED);
            assertThat(play.get().status()).isEqualTo(204);
            assertThat(d.pollCommand(300)).isNull();
        }
    }

    @Test
    void hostile_payloads_are_refused_with_4xx_and_a_diagnostic_and_change_nothing() throws Exception {
        try (CoapScriptedDevice d = new CoapScriptedDevice(hub.coapPort(), "bad-car").start()) {
            CoapResponse garbage = d.post(Topics.Kind.STATE, "not protobuf \u00ff".getBytes(StandardCharsets.UTF_8));
            assertThat(garbage.getCode()).isEqualTo(ResponseCode.BAD_REQUEST);
            assertThat(garbage.getResponseText()).startsWith("malformed payload: StateReport");

            CoapResponse empty = d.post(Topics.Kind.EVENTS, new byte[0]);
            assertThat(empty.getCode()).isEqualTo(ResponseCode.BAD_REQUEST);
            assertThat(empty.getResponseText()).isEqualTo("empty payload");

            CoapResponse missing = d.post(Topics.Kind.STATE, StateReport.newBuilder().setVolumePercent(3).build()
                    .toByteArray());
            assertThat(missing.getCode()).isEqualTo(ResponseCode.BAD_REQUEST);
            assertThat(missing.getResponseText()).isEqualTo("required field missing: StateReport.status");

            CoapResponse huge = d.post(Topics.Kind.STATE, new byte[WireLimits.MAX_PAYLOAD_BYTES + 1_000]);
            assertThat(huge.getCode()).isEqualTo(ResponseCode.REQUEST_ENTITY_TOO_LARGE);

            CoapResponse json = d.post(CoapResources.path("bad-car", Topics.Kind.STATE), "{}".getBytes(StandardCharsets.UTF_8),
                    MediaTypeRegistry.APPLICATION_JSON);
            assertThat(json.getCode()).isEqualTo(ResponseCode.UNSUPPORTED_CONTENT_FORMAT);

            CoapResponse otherHello = d.post(Topics.Kind.HELLO, CoapScriptedDevice.hello("someone-else").toByteArray());
            assertThat(otherHello.getCode()).isEqualTo(ResponseCode.BAD_REQUEST);
            assertThat(otherHello.getResponseText()).contains("does not match");

            CoapResponse commandsUp = d.post(CoapResources.path("bad-car", Topics.Kind.COMMANDS), new byte[] {8},
                    CoapResources.CONTENT_FORMAT_PROTOBUF);
            assertThat(commandsUp.getCode()).isEqualTo(ResponseCode.METHOD_NOT_ALLOWED);

            assertThat(listed("bad-car").orElseThrow().get("name").getStringValue()).isEqualTo("Car bad-car");
        }
    }

    @Test
    void unknown_devices_and_paths_outside_the_contract_are_not_found() throws Exception {
        try (CoapScriptedDevice d = new CoapScriptedDevice(hub.coapPort(), "ghost")) {
            CoapResponse state = d.post(Topics.Kind.STATE, StateReport.newBuilder()
                    .setStatus(PlaybackStatus.PLAYBACK_STATUS_IDLE).build().toByteArray());
            assertThat(state.getCode()).isEqualTo(ResponseCode.NOT_FOUND);
            assertThat(state.getResponseText()).contains("POST hello first");

            assertThat(d.client(CoapResources.path("ghost", Topics.Kind.COMMANDS)).get().getCode())
                    .isEqualTo(ResponseCode.NOT_FOUND);
            assertThat(d.post("v1/d/ghost/unknown", new byte[] {1}, CoapResources.CONTENT_FORMAT_PROTOBUF).getCode())
                    .isEqualTo(ResponseCode.NOT_FOUND);
            assertThat(d.post("v1/d/" + "x".repeat(65) + "/state", new byte[] {1}, CoapResources.CONTENT_FORMAT_PROTOBUF)
                    .getCode()).isEqualTo(ResponseCode.NOT_FOUND);
            Request nonConfirmable = Request.newPost();
            nonConfirmable.setPayload(new byte[] {1});
            assertThat(d.client("v1/d/ghost/acks").advanced(nonConfirmable).getCode()).isEqualTo(ResponseCode.NOT_FOUND);
            assertThat(listed("ghost")).isEmpty();
        }
    }

    @Test
    void a_device_posting_for_another_devices_id_is_logged_and_ignored() throws Exception {
        try (CoapScriptedDevice owner = new CoapScriptedDevice(hub.coapPort(), "own-car").start();
             CoapScriptedDevice intruder = new CoapScriptedDevice(hub.coapPort(), "intruder").start()) {
            Eventually.await("both are listed", () -> listed("own-car").isPresent() && listed("intruder").isPresent());

            CoapResponse forged = intruder.post(CoapResources.path("own-car", Topics.Kind.PRESENCE),
                    io.tonearm.protocol.v1.Presence.newBuilder()
                            .setStatus(io.tonearm.protocol.v1.Presence.Status.STATUS_OFFLINE).build().toByteArray(),
                    CoapResources.CONTENT_FORMAT_PROTOBUF);
            assertThat(forged.getCode()).isEqualTo(ResponseCode.FORBIDDEN);
            CoapResponse takeover = intruder.post(CoapResources.path("own-car", Topics.Kind.HELLO),
                    CoapScriptedDevice.hello("own-car").toByteArray(), CoapResources.CONTENT_FORMAT_PROTOBUF);
            assertThat(takeover.getCode()).isEqualTo(ResponseCode.FORBIDDEN);
            assertThat(takeover.getResponseText()).contains("this address is device intruder");

            assertThat(listed("own-car")).isPresent();
        }
    }
}
