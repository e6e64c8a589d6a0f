package io.tonearm.sim;

import static io.tonearm.sim.PlayerControlsIT.SAMPLES_PER_SECOND;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.session.PlaybackStatus;
import io.tonearm.agent.sink.CapturingSink;
import io.tonearm.agent.sink.PacedSink;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.sim.device.SimulatedDevice;
import io.tonearm.sim.hubapi.CatalogApi;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.Stack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A device restarts with the same id while its old connection lingers (the old agent is still
 * running, still playing): the new start takes over and the old one goes quiet, so only one sink
 * ever produces audio. MQTT: the broker's session takeover (DISCONNECT 0x8E) stops the old agent,
 * which does not reconnect to take the session back. CoAP: the new hello's {@code instance_id}
 * makes the hub answer the old start's requests and observation with 4.09, and the old agent stops.
 */
class SameIdReconnectIT {
    static final Duration WAIT = Duration.ofSeconds(15);

    enum Via { MQTT, COAP }

    @TempDir
    static Path data;
    static Stack stack;
    static HubApi hub;

    @BeforeAll
    static void start() throws Exception {
        stack = Stack.start(Reference.HOME, data, Ports.ephemeral(), Optional.empty());
        hub = new HubApi(stack.hubUrl(), stack.demoToken());
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private static SimulatedDevice device(Via via, String name, CapturingSink sink) throws Exception {
        return SimulatedDevice.start(new SimulatedDevice.Spec(name, via == Via.MQTT ? DeviceType.SPEAKER : DeviceType.CAR,
                via == Via.MQTT ? "smart-speaker" : "constrained-coap", 100, new PacedSink(sink, TimeSource.SYSTEM)),
                stack.controlUrl(), via == Via.MQTT ? stack.mqttUrl() : stack.coapUrl(), TimeSource.SYSTEM);
    }

    /** True when the sink gained no sample over {@code quiet}. */
    private static boolean silentFor(CapturingSink sink, Duration quiet) throws InterruptedException {
        long before = sink.bytesCaptured();
        Thread.sleep(quiet.toMillis());
        return sink.bytesCaptured() == before;
    }

    @ParameterizedTest
    @EnumSource(Via.class)
    void only_the_newest_start_of_a_device_id_plays(Via via) throws Exception {
        CatalogApi.Track track = new CatalogApi(stack.controlUrl()).tracks().get(0);
        CapturingSink oldSink = new CapturingSink(TimeSource.SYSTEM);
        CapturingSink newSink = new CapturingSink(TimeSource.SYSTEM);
        String name = "Den " + via.name().toLowerCase();
        try (SimulatedDevice old = device(via, name, oldSink)) {
            Await.until(old.id() + " listed", WAIT, () -> hub.devices().stream().anyMatch(d -> d.id().equals(old.id())));
            HubApi.Reply play = hub.play(old.id(), List.of(track.uri()), 0);
            assertThat(play.status()).as(play.toString()).isEqualTo(204);
            Await.until("the old start plays", WAIT, () -> oldSink.bytesCaptured() >= SAMPLES_PER_SECOND * 2L);

            try (SimulatedDevice fresh = device(via, name, newSink)) {
                assertThat(fresh.id()).isEqualTo(old.id());
                Await.until("the old start stops its audio", WAIT,
                        () -> old.state().status() != PlaybackStatus.PLAYING && silentFor(oldSink, Duration.ofMillis(500)));
                long oldTotal = oldSink.bytesCaptured();

                Await.until("the new start is listed and online", WAIT,
                        () -> hub.devices().stream().filter(d -> d.id().equals(fresh.id())).count() == 1);
                HubApi.Reply again = hub.play(fresh.id(), List.of(track.uri()), 0);
                assertThat(again.status()).as(again.toString()).isEqualTo(204);
                Await.until("the new start plays", WAIT, () -> newSink.bytesCaptured() >= SAMPLES_PER_SECOND * 2L);

                // Well after the takeover: the old agent did not take the id back, and stayed silent.
                Thread.sleep(2_000);
                assertThat(oldSink.bytesCaptured()).as("the old sink after the takeover").isEqualTo(oldTotal);
                assertThat(fresh.state().status()).isEqualTo(PlaybackStatus.PLAYING);
                assertThat(silentFor(newSink, Duration.ofMillis(300))).as("the new sink keeps playing").isFalse();
                assertThat(hub.devices().stream().filter(d -> d.id().equals(fresh.id())).count()).isEqualTo(1);
                assertThat(hub.pause().status()).isEqualTo(204);
            }
        }
    }
}
