package io.tonearm.agent.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.Agent;
import io.tonearm.agent.AgentBuilder;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.controls.AgentStatus;
import io.tonearm.agent.controls.LocalControls;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.testkit.GatedSink;
import io.tonearm.agent.testkit.ManualTime;
import io.tonearm.agent.testkit.MemoryCatalog;
import io.tonearm.agent.testkit.RawPcmDecoder;
import io.tonearm.agent.testkit.RecordingTransport;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalControlsTest {
    final MemoryCatalog catalog = new MemoryCatalog();
    final RecordingTransport hub = new RecordingTransport();
    final GatedSink sink = new GatedSink();
    final List<AgentStatus> statuses = new CopyOnWriteArrayList<>();
    TrackRef a;
    TrackRef b;
    Agent agent;
    LocalControls controls;

    @BeforeEach
    void start() throws Exception {
        a = catalog.add("a", RawPcmDecoder.ramp(256 * 40, 2, 1));
        b = catalog.add("b", RawPcmDecoder.ramp(256 * 4, 2, 2));
        agent = new AgentBuilder()
                .identity(new DeviceIdentity("knob", "Knob", DeviceType.BOARD, "test", true, Quality.KBPS_96, "t"))
                .transport(hub).streamResolver(catalog).audioFetcher(catalog)
                .decoder(new RawPcmDecoder(new PcmFormat(8000, 2))).sink(sink).time(new ManualTime())
                .initialVolume(50).chunkFrames(256).build();
        agent.addStatusListener(statuses::add);
        agent.start();
        controls = agent.localControls();
    }

    @AfterEach
    void stop() {
        sink.release(1000);
        agent.close();
    }

    void playBoth() {
        hub.agent().onCommand(new CommandEnvelope("p", 1, 1, 0, new DeviceCommand.Play(List.of(a, b), 0, 0, Optional.empty())));
        sink.release(1);
        hub.awaitState(s -> s.status() == PlaybackStatus.PLAYING);
    }

    @Test
    void the_knob_changes_volume_in_steps_clamped_to_the_range_and_reports_it_without_an_ack() {
        controls.changeVolume(3);
        hub.awaitState(s -> s.volumePercent() == 65);
        controls.changeVolume(-100);
        hub.awaitState(s -> s.volumePercent() == 0);
        controls.changeVolume(Integer.MAX_VALUE);
        hub.awaitState(s -> s.volumePercent() == 100);
        assertThat(hub.acks).isEmpty();
    }

    @Test
    void play_pause_toggles_between_pause_and_resume() {
        playBoth();
        controls.playPause();
        hub.awaitState(s -> s.status() == PlaybackStatus.PAUSED);
        controls.playPause();
        hub.awaitState(s -> s.status() == PlaybackStatus.PLAYING);
    }

    @Test
    void next_moves_along_the_queue_and_stop_stops() {
        playBoth();
        controls.next();
        sink.release(1);
        hub.awaitState(s -> s.track().equals(Optional.of(b)));
        controls.stop();
        hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED);
    }

    @Test
    void a_press_that_cannot_apply_is_dropped_and_the_session_carries_on() {
        controls.next();
        controls.playPause();
        controls.changeVolume(1);
        hub.awaitState(s -> s.volumePercent() == 55);
        assertThat(agent.state().status()).isEqualTo(PlaybackStatus.IDLE);
    }

    @Test
    void status_goes_connecting_idle_playing_and_back_to_connecting_when_the_link_drops() {
        playBoth();
        hub.agent().onConnectionChanged(false);
        RecordingTransport.await(() -> statuses.size() >= 4 && statuses.get(statuses.size() - 1) == AgentStatus.CONNECTING ? true : null);
        assertThat(statuses).containsExactly(AgentStatus.CONNECTING, AgentStatus.IDLE, AgentStatus.PLAYING, AgentStatus.CONNECTING);
    }
}
