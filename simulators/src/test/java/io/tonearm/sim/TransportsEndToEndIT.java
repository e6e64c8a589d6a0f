package io.tonearm.sim;

import static io.tonearm.sim.PlayerControlsIT.FRAME_SAMPLES;
import static io.tonearm.sim.PlayerControlsIT.SAMPLES_PER_SECOND;
import static io.tonearm.sim.PlayerControlsIT.whereMatches;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.sink.CapturingSink;
import io.tonearm.agent.sink.PacedSink;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.sim.device.SimulatedDevice;
import io.tonearm.sim.hubapi.CatalogApi;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.Stack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same scenario over both transports: the real control plane and hub, one simulated device per
 * transport running the real agent (Paho for MQTT, Californium for CoAP), and a phone's REST calls —
 * play, pause, resume, seek, next, volume, previous — checked sample for sample against the
 * reference decode.
 */
class TransportsEndToEndIT {
    static final Duration WAIT = Duration.ofSeconds(15);

    enum Via { MQTT, COAP }

    @TempDir
    static Path data;
    static Stack stack;
    static HubApi hub;
    static final Map<Via, CapturingSink> sinks = new EnumMap<>(Via.class);
    static final Map<Via, SimulatedDevice> devices = new EnumMap<>(Via.class);

    @BeforeAll
    static void start() throws Exception {
        stack = Stack.start(Reference.HOME, data, Ports.ephemeral(), Optional.empty());
        hub = new HubApi(stack.hubUrl(), stack.demoToken());
        for (Via via : Via.values()) {
            CapturingSink sink = new CapturingSink(TimeSource.SYSTEM);
            sinks.put(via, sink);
            String name = via == Via.MQTT ? "Kitchen" : "Car";
            devices.put(via, SimulatedDevice.start(new SimulatedDevice.Spec(name, via == Via.MQTT ? DeviceType.SPEAKER
                    : DeviceType.CAR, via == Via.MQTT ? "smart-speaker" : "constrained-coap", 100,
                    new PacedSink(sink, TimeSource.SYSTEM)), stack.controlUrl(),
                    via == Via.MQTT ? stack.mqttUrl() : stack.coapUrl(), TimeSource.SYSTEM, false));
        }
    }

    @AfterAll
    static void stop() {
        devices.values().forEach(SimulatedDevice::close);
        if (stack != null) {
            stack.close();
        }
    }

    static boolean listed(String id) throws Exception {
        return hub.devices().stream().anyMatch(d -> d.id().equals(id));
    }

    @ParameterizedTest
    @EnumSource(Via.class)
    void plays_pauses_resumes_seeks_skips_and_sets_volume_sample_for_sample(Via via) throws Exception {
        SimulatedDevice device = devices.get(via);
        CapturingSink sink = sinks.get(via);
        Await.until(device.id() + " listed", WAIT, () -> listed(device.id()));
        List<CatalogApi.Track> tracks = new CatalogApi(stack.controlUrl()).tracks();
        CatalogApi.Track first = tracks.get(0);
        CatalogApi.Track second = tracks.get(1);
        short[] firstReference = Reference.decode(Reference.file(first.id(), 320));
        short[] secondReference = Reference.decode(Reference.file(second.id(), 320));

        HubApi.Reply play = hub.play(device.id(), List.of(first.uri(), second.uri()), 0);
        assertThat(play.status()).as(play.toString()).isEqualTo(204);
        Await.until("a second of the first track", WAIT, () -> sink.bytesCaptured() >= SAMPLES_PER_SECOND * 2L);
        assertThat(Reference.firstDifference(sink.samples(), firstReference)).isEqualTo(-1);

        assertThat(hub.pause().status()).isEqualTo(204);
        Thread.sleep(300);
        long pausedAt = sink.bytesCaptured();
        Thread.sleep(500);
        assertThat(sink.bytesCaptured()).isEqualTo(pausedAt);
        assertThat(device.state().status()).isEqualTo(PlaybackStatus.PAUSED);
        assertThat(hub.resume().status()).isEqualTo(204);
        Await.until("more after resuming", WAIT, () -> sink.bytesCaptured() >= pausedAt + SAMPLES_PER_SECOND);
        assertThat(Reference.firstDifference(sink.samples(), firstReference)).as("contiguous after resume").isEqualTo(-1);

        int seekFrom = 10_000 * 441 / 10 * FRAME_SAMPLES;
        int beforeSeek = sink.samples().length;
        assertThat(hub.send("PUT", "/v1/me/player/seek?position_ms=10000", null).status()).isEqualTo(204);
        Await.until("1.5 s after the seek", WAIT,
                () -> sink.bytesCaptured() >= (beforeSeek + SAMPLES_PER_SECOND * 3L / 2) * 2);
        assertThat(whereMatches(sink.samples(), beforeSeek, firstReference, seekFrom, SAMPLES_PER_SECOND))
                .as("the reference from 10 s").isNotNegative();

        int beforeNext = sink.samples().length;
        assertThat(hub.send("POST", "/v1/me/player/next", null).status()).isEqualTo(204);
        Await.until("a second of the second track", WAIT,
                () -> sink.bytesCaptured() >= (beforeNext + SAMPLES_PER_SECOND * 3L / 2) * 2);
        short[] afterNext = sink.samples();
        int nextStart = whereMatches(afterNext, beforeNext, secondReference, 0, SAMPLES_PER_SECOND);
        assertThat(nextStart).as("the second track from its start").isNotNegative();
        assertThat(Reference.firstDifference(Arrays.copyOfRange(afterNext, nextStart, afterNext.length),
                secondReference)).as("the second track, contiguous").isEqualTo(-1);

        assertThat(hub.send("PUT", "/v1/me/player/volume?volume_percent=50", null).status()).isEqualTo(204);
        Await.until("the device reports 50", WAIT, () -> device.state().volumePercent() == 50);
        Await.until("the hub lists 50", WAIT, () -> hub.devices().stream()
                .anyMatch(d -> d.id().equals(device.id()) && d.volumePercent().equals(Optional.of(50))));

        assertThat(hub.send("POST", "/v1/me/player/previous", null).status()).isEqualTo(204);
        Await.until("the device reports the first track", WAIT,
                () -> device.state().track().map(TrackRef::id).filter(first.id()::equals).isPresent());
        assertThat(hub.pause().status()).isEqualTo(204);
    }

    @Test
    void a_coap_device_that_closes_is_no_longer_listed_while_the_mqtt_one_stays() throws Exception {
        SimulatedDevice extra = SimulatedDevice.start(new SimulatedDevice.Spec("Scooter", DeviceType.CAR,
                "constrained-coap", 50, new io.tonearm.agent.sink.NullSink(TimeSource.SYSTEM)), stack.controlUrl(),
                stack.coapUrl(), TimeSource.SYSTEM);
        Await.until("the scooter is listed", WAIT, () -> listed(extra.id()));
        extra.close();
        Await.until("the scooter is gone", WAIT, () -> !listed(extra.id()));
        assertThat(listed(devices.get(Via.MQTT).id())).isTrue();
    }
}
