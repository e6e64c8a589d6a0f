package io.tonearm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.agent.sink.CapturingSink;
import io.tonearm.agent.sink.PacedSink;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.sim.device.ProbeSink;
import io.tonearm.sim.device.SimulatedDevice;
import io.tonearm.sim.hubapi.CatalogApi;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.Stack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handoff end to end: the real services and two simulated devices at volume 100, the kitchen over
 * MQTT and the car over CoAP. Playback moves from the kitchen to the car with {@code PUT /v1/me/player}; the car's audio must be the reference
 * decode, sample for sample, from the position it reports, the kitchen must stop, and the transfer
 * API must refuse what it should. Timing figures are the demo's report, not asserted here.
 */
class HandoffIT {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final int SAMPLES_PER_MS = 441 * 2 / 10;
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path data;
    static Stack stack;
    static HubApi hub;
    static final CapturingSink kitchenSink = new CapturingSink(TimeSource.SYSTEM);
    static final CapturingSink carSink = new CapturingSink(TimeSource.SYSTEM);
    static SimulatedDevice kitchen;
    static SimulatedDevice car;

    @BeforeAll
    static void start() throws Exception {
        stack = Stack.start(Reference.HOME, data, Ports.ephemeral(), Optional.empty());
        hub = new HubApi(stack.hubUrl(), stack.demoToken());
        kitchen = device("Kitchen", DeviceType.SPEAKER, kitchenSink, stack.mqttUrl());
        // The car speaks CoAP: handoff, its clock probes and its scheduled start cross transports.
        car = device("Car", DeviceType.CAR, carSink, stack.coapUrl());
    }

    static SimulatedDevice device(String name, DeviceType type, CapturingSink sink, String hubUrl) throws Exception {
        return SimulatedDevice.start(new SimulatedDevice.Spec(name, type, "smart-speaker", 100,
                new PacedSink(sink, TimeSource.SYSTEM)), stack.controlUrl(), hubUrl, TimeSource.SYSTEM, false);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {kitchen, car, stack}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    @Test
    void playback_moves_to_the_target_at_the_same_position_and_the_source_stops() throws Exception {
        Await.until("both devices are listed", WAIT, () -> hub.devices().size() == 2);
        CatalogApi.Track track = new CatalogApi(stack.controlUrl()).tracks().get(0);
        short[] reference = Reference.decode(Reference.file(track.id(), 320));

        assertThat(hub.play(kitchen.id(), List.of(track.uri()), 0).status()).isEqualTo(204);
        Await.until("two seconds in the kitchen", WAIT, () -> kitchenSink.bytesCaptured() >= 2L * 2 * 44100 * 2);

        ProbeSink carProbe = car.probe();
        carProbe.arm();
        HubApi.Reply transfer = hub.transfer(car.id(), true);
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(204);
        Await.until("the car sounds", WAIT, () -> carProbe.firstSampleNanos().isPresent());
        Await.until("the kitchen pauses", WAIT, () -> kitchen.state().status() == PlaybackStatus.PAUSED);
        Await.until("the car reports playing", WAIT, () -> car.state().status() == PlaybackStatus.PLAYING);
        Await.until("a second in the car", WAIT, () -> carSink.bytesCaptured() >= 2L * 44100 * 2);

        // The car's first sample is the reference at the position the car started from, exactly.
        long carStartMs = startPosition(carSink.samples(), reference);
        assertThat(carStartMs).as("the car's audio is a contiguous run of the reference").isNotNegative();
        long kitchenStopMs = kitchenSink.samples().length / SAMPLES_PER_MS;
        assertThat(Reference.firstDifference(kitchenSink.samples(), reference))
                .as("the kitchen played the reference from 0 up to its stop").isEqualTo(-1);
        // Make-before-break: the music continued within a small distance of where the kitchen's writes
        // ended (the kitchen's last ~50 ms of buffered audio were cut by its pause).
        assertThat(Math.abs(carStartMs - kitchenStopMs)).as("car started at %d ms, kitchen stopped writing at %d ms",
                carStartMs, kitchenStopMs).isLessThan(250);
        long kitchenAfter = kitchenSink.bytesCaptured();
        Thread.sleep(500);
        assertThat(kitchenSink.bytesCaptured()).as("nothing more reaches the kitchen").isEqualTo(kitchenAfter);
        Await.until("the hub shows the car active", WAIT,
                () -> hub.player().orElseThrow().path("device").path("id").asText().equals(car.id()));

        // Back to the kitchen, and two controllers transferring at once: one wins, the other gets 409.
        CompletableFuture<HubApi.Reply> first = CompletableFuture.supplyAsync(() -> transferQuietly(kitchen.id()));
        CompletableFuture<HubApi.Reply> second = CompletableFuture.supplyAsync(() -> transferQuietly(kitchen.id()));
        List<Integer> statuses = List.of(first.get().status(), second.get().status());
        assertThat(statuses).contains(204);
        assertThat(statuses.stream().filter(s -> s != 204).toList()).allMatch(s -> s == 409 || s == 204);
        Await.until("the kitchen plays again", WAIT, () -> kitchen.state().status() == PlaybackStatus.PLAYING);
        Await.until("the car pauses", WAIT, () -> car.state().status() == PlaybackStatus.PAUSED);
    }

    @Test
    void a_transfer_that_cannot_be_carried_out_gets_a_clear_error() throws Exception {
        Await.until("both devices are listed", WAIT, () -> hub.devices().size() == 2);
        assertThat(hub.transfer("no-such-device", true).status()).isEqualTo(404);
        assertThat(hub.send("PUT", "/v1/me/player", "{\"device_ids\":[]}").status()).isEqualTo(400);
        assertThat(hub.send("PUT", "/v1/me/player", "{\"device_ids\":[\"a\",\"b\"]}").status()).isEqualTo(400);
        assertThat(hub.send("PUT", "/v1/me/player", "{\"device_ids\":").status()).isEqualTo(400);
        assertThat(hub.send("PUT", "/v1/me/player", null).status()).isEqualTo(400);
        HubApi.Reply noBody = hub.send("PUT", "/v1/me/player", "[1,2]");
        assertThat(JSON.readTree(noBody.body()).path("error").path("status").asInt()).isEqualTo(400);
    }

    private static HubApi.Reply transferQuietly(String deviceId) {
        try {
            return hub.transfer(deviceId, true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The position (ms) in the reference at which {@code got} begins, if all of it matches from there; else -1. */
    static long startPosition(short[] got, short[] reference) {
        int probe = Math.min(got.length, 4410 * 2);
        for (int start = 0; start + got.length <= reference.length; start += 2) {
            int i = 0;
            while (i < probe && got[i] == reference[start + i]) {
                i++;
            }
            if (i == probe) {
                return Reference.firstDifference(got, java.util.Arrays.copyOfRange(reference, start, reference.length)) == -1
                        ? start / SAMPLES_PER_MS : -1;
            }
        }
        return -1;
    }
}
