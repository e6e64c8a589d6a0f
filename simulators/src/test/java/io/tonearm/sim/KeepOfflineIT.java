package io.tonearm.sim;

import static io.tonearm.sim.PlayerControlsIT.SAMPLES_PER_SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.agent.Agent;
import io.tonearm.agent.app.AgentAssembly;
import io.tonearm.agent.app.AgentOptions;
import io.tonearm.agent.app.AgentSettings;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.sink.CapturingSink;
import io.tonearm.agent.sink.PacedSink;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.sim.hubapi.CatalogApi;
import io.tonearm.sim.hubapi.HubApi;
import io.tonearm.sim.services.Ports;
import io.tonearm.sim.services.Stack;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keep offline as a protocol command: the phone asks the hub to keep a track on a device
 * ({@code PUT /v1/me/player/offline}), the agent pins and downloads it into its cache and acks, then
 * the control plane goes away and the device still plays that track, sample for sample.
 */
class KeepOfflineIT {
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path data;

    @Test
    void after_keep_offline_the_device_plays_the_kept_track_with_the_control_plane_stopped() throws Exception {
        try (Stack stack = Stack.start(Reference.HOME, data, Ports.ephemeral(), Optional.empty())) {
            HubApi hub = new HubApi(stack.hubUrl(), stack.demoToken());
            CatalogApi.Track track = new CatalogApi(stack.controlUrl()).tracks().get(0);
            short[] reference = Reference.decode(Reference.file(track.id(), 320));
            // A fresh id each run: the cache lives under the working directory and must start empty.
            String id = "attic-" + UUID.randomUUID().toString().substring(0, 8);
            AgentSettings settings = new AgentSettings("car-headunit", DeviceType.CAR, "Attic", id, stack.mqttUrl(),
                    stack.controlUrl().toString(), Quality.KBPS_320, 100, 1024,
                    new AgentOptions.SinkSpec("null", Optional.empty()), "", 200)
                    .withNormalisation(false).withCacheMb(64);
            CapturingSink sink = new CapturingSink(TimeSource.SYSTEM);
            try (Agent agent = AgentAssembly.assemble(settings, new PacedSink(sink, TimeSource.SYSTEM), TimeSource.SYSTEM)) {
                agent.start();
                Await.until(id + " listed", WAIT, () -> hub.devices().stream().anyMatch(d -> d.id().equals(id)));

                HubApi.Reply kept = hub.send("PUT", "/v1/me/player/offline?device_id=" + id,
                        "{\"uris\":[\"" + track.uri() + "\"]}");
                assertThat(kept.status()).as(kept.toString()).isEqualTo(204);

                stack.control().close();
                assertThatThrownBy(() -> new CatalogApi(stack.controlUrl()).tracks())
                        .as("the control plane is really gone").isInstanceOf(Exception.class);

                HubApi.Reply play = hub.play(id, List.of(track.uri()), 0);
                assertThat(play.status()).as(play.toString()).isEqualTo(204);
                Await.until("two seconds of the kept track", WAIT,
                        () -> sink.bytesCaptured() >= SAMPLES_PER_SECOND * 4L);
                assertThat(Reference.firstDifference(sink.samples(), reference)).as("the kept track, sample for sample")
                        .isEqualTo(-1);
            }
        }
    }
}
