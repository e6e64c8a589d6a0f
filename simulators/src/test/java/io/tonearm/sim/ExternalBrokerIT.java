package io.tonearm.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tonearm.agent.session.DeviceType;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub on a real external broker instead of its embedded one. Runs when
 * {@code -Dtonearm.it.mosquitto=tcp://HOST:PORT} names a running Mosquitto (CI starts one).
 */
class ExternalBrokerIT {

    @Test
    void a_device_plays_through_the_hub_over_mosquitto(@TempDir Path data) throws Exception {
        String broker = System.getProperty("tonearm.it.mosquitto", "");
        assumeTrue(!broker.isEmpty(), "set -Dtonearm.it.mosquitto=tcp://127.0.0.1:PORT to run against Mosquitto");
        CapturingSink sink = new CapturingSink(TimeSource.SYSTEM);
        try (Stack stack = Stack.start(Reference.HOME, data, Ports.ephemeral(), Optional.of(broker));
             SimulatedDevice device = SimulatedDevice.start(new SimulatedDevice.Spec("Porch", DeviceType.SPEAKER, "smart-speaker",
                     100, new PacedSink(sink, TimeSource.SYSTEM)), stack.controlUrl(), broker, TimeSource.SYSTEM, false)) {
            HubApi hub = new HubApi(stack.hubUrl(), stack.demoToken());
            Await.until("the device is listed", Duration.ofSeconds(15),
                    () -> hub.devices().stream().anyMatch(d -> d.id().equals(device.id())));
            CatalogApi.Track track = new CatalogApi(stack.controlUrl()).tracks().get(1);
            assertThat(hub.play(device.id(), List.of(track.uri()), 0).status()).isEqualTo(204);
            Await.until("a second of audio", Duration.ofSeconds(15), () -> sink.bytesCaptured() >= 44100 * 4);
            assertThat(Reference.firstDifference(sink.samples(), Reference.decode(Reference.file(track.id(), 320)))).isEqualTo(-1);
        }
    }
}
