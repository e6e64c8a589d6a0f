package io.tonearm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foundation end to end: the control plane and the hub (embedded broker) as real processes,
 * two simulated devices running the real agent, and a phone's REST calls.
 */
class PlaybackEndToEndIT {
    static final Duration WAIT = Duration.ofSeconds(15);
    @TempDir
    static Path data;
    static Stack stack;
    static HubApi hub;
    static final CapturingSink speakerSink = new CapturingSink(TimeSource.SYSTEM);
    static final CapturingSink tvSink = new CapturingSink(TimeSource.SYSTEM);
    static SimulatedDevice speaker;
    static SimulatedDevice tv;

    @BeforeAll
    static void start() throws Exception {
        stack = Stack.start(Reference.HOME, data, Ports.ephemeral(), Optional.empty());
        hub = new HubApi(stack.hubUrl(), stack.demoToken());
        speaker = SimulatedDevice.start(new SimulatedDevice.Spec("Kitchen", DeviceType.SPEAKER, "smart-speaker", 100, paced(speakerSink)),
                stack.controlUrl(), stack.mqttUrl(), TimeSource.SYSTEM, false);
        tv = SimulatedDevice.start(new SimulatedDevice.Spec("Den TV", DeviceType.TV, "smart-tv", 100, paced(tvSink)),
                stack.controlUrl(), stack.mqttUrl(), TimeSource.SYSTEM, false);
    }

    static PacedSink paced(CapturingSink sink) {
        return new PacedSink(sink, TimeSource.SYSTEM);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {speaker, tv, stack}) {
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
    void plays_the_track_sample_for_sample_on_the_chosen_device_and_pause_stops_it() throws Exception {
        Await.until("both devices listed", WAIT, () -> hub.devices().size() == 2);
        assertThat(hub.devices()).extracting(HubApi.Device::volumePercent).containsOnly(Optional.of(100));
        CatalogApi.Track track = new CatalogApi(stack.controlUrl()).tracks().get(0);
        short[] reference = Reference.decode(Reference.file(track.id(), 320));

        HubApi.Reply play = hub.play(speaker.id(), List.of(track.uri()), 0);
        assertThat(play.status()).as(play.toString()).isEqualTo(204);
        Await.until("1.5 s of audio at the speaker", WAIT, () -> speakerSink.bytesCaptured() >= 44100 * 4 * 3 / 2);
        assertThat(Reference.firstDifference(speakerSink.samples(), reference)).isEqualTo(-1);
        assertThat(tvSink.bytesCaptured()).isZero();

        JsonNode player = hub.player().orElseThrow();
        assertThat(player.path("device").path("id").asText()).isEqualTo(speaker.id());
        assertThat(player.path("is_playing").asBoolean()).isTrue();
        assertThat(player.path("item").path("id").asText()).isEqualTo(track.id());
        long heardMs = speakerSink.bytesCaptured() / 4 * 1000 / 44100;
        assertThat(player.path("progress_ms").asLong()).isBetween(heardMs - 1000, heardMs + 1000);

        assertThat(hub.pause().status()).isEqualTo(204);
        Thread.sleep(300);
        long pausedAt = speakerSink.bytesCaptured();
        Thread.sleep(700);
        assertThat(speakerSink.bytesCaptured()).isEqualTo(pausedAt);
        assertThat(speaker.state().status()).isEqualTo(PlaybackStatus.PAUSED);
        Await.until("the hub sees the pause", WAIT, () -> !hub.player().orElseThrow().path("is_playing").asBoolean());

        assertThat(hub.resume().status()).isEqualTo(204);
        Await.until("a second more after resuming", WAIT, () -> speakerSink.bytesCaptured() >= pausedAt + 44100 * 4);
        assertThat(Reference.firstDifference(speakerSink.samples(), reference)).as("contiguous after resume").isEqualTo(-1);
        assertThat(tvSink.bytesCaptured()).isZero();
    }

    @Test
    void a_new_track_after_a_long_pause_reports_progress_from_its_own_start() throws Exception {
        Await.until("both devices listed", WAIT, () -> hub.devices().size() == 2);
        List<CatalogApi.Track> tracks = new CatalogApi(stack.controlUrl()).tracks();
        assertThat(hub.play(tv.id(), List.of(tracks.get(2).uri()), 0).status()).isEqualTo(204);
        Await.until("the first track plays", WAIT, () -> tvSink.bytesCaptured() > 44100 * 4);
        assertThat(hub.pause().status()).isEqualTo(204);
        Thread.sleep(3000);
        tvSink.clear();
        assertThat(hub.play(tv.id(), List.of(tracks.get(3).uri()), 0).status()).isEqualTo(204);
        Await.until("the second track plays", WAIT, () -> tvSink.bytesCaptured() > 44100 * 4);
        long heardMs = tvSink.bytesCaptured() / 4 * 1000 / 44100;
        assertThat(tv.state().positionMs()).as("%s", tv.state()).isBetween(heardMs - 500, heardMs + 500);
        JsonNode player = hub.player().orElseThrow();
        assertThat(player.path("item").path("id").asText()).isEqualTo(tracks.get(3).id());
        assertThat(player.path("progress_ms").asLong()).isBetween(heardMs - 1000, heardMs + 1000);
        assertThat(hub.pause().status()).isEqualTo(204);
    }

    @Test
    void refuses_a_phone_without_a_valid_token() throws Exception {
        HubApi stranger = new HubApi(stack.hubUrl(), "not-a-token");
        assertThat(stranger.send("GET", "/v1/me/player/devices", null).status()).isEqualTo(401);
    }
}
