package io.tonearm.agent.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.Agent;
import io.tonearm.agent.AgentBuilder;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.testkit.GatedSink;
import io.tonearm.agent.testkit.ManualTime;
import io.tonearm.agent.testkit.MemoryCatalog;
import io.tonearm.agent.testkit.RawPcmDecoder;
import io.tonearm.agent.testkit.RecordingTransport;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The device's half of a handoff: Prepare, Start, clock probes and commands scheduled for an instant. */
class HandoffCommandsTest {
    static final PcmFormat FORMAT = new PcmFormat(8000, 2);
    static final int CHUNK = 256;
    static final int BYTES_PER_MS = 8 * 2 * 2;

    final MemoryCatalog catalog = new MemoryCatalog();
    final RecordingTransport hub = new RecordingTransport();
    final GatedSink sink = new GatedSink();
    final ManualTime time = new ManualTime();
    final byte[] audio = RawPcmDecoder.ramp(CHUNK * 10, 2, 1);
    TrackRef track;
    Agent agent;
    int commands;

    @BeforeEach
    void start() throws Exception {
        track = catalog.add("a", audio);
        agent = new AgentBuilder()
                .identity(new DeviceIdentity("car", "Car", DeviceType.CAR, "test", true, Quality.KBPS_320, "t"))
                .transport(hub).streamResolver(catalog).audioFetcher(catalog)
                .decoder(new RawPcmDecoder(FORMAT)).sink(sink).time(time)
                .initialVolume(100).chunkFrames(CHUNK).build();
        agent.start();
    }

    @AfterEach
    void stop() {
        sink.release(1000);
        agent.close();
    }

    String send(long version, long executeAtMs, long receivedAtMs, DeviceCommand command) {
        String id = "cmd-" + (++commands);
        hub.agent().onCommand(new CommandEnvelope(id, version, commands, 0, executeAtMs, receivedAtMs, command));
        return id;
    }

    @Test
    void prepare_is_acked_once_ready_and_start_sounds_from_the_later_position_sample_exactly() throws Exception {
        sink.release(1000);
        String prepare = send(1, 0, 0, new DeviceCommand.Prepare(List.of(track), 0, 64, Optional.empty()));
        assertThat(hub.awaitAck(prepare).outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
        Thread.sleep(50);
        assertThat(sink.bytes()).as("nothing sounds before the start").isEmpty();

        String start = send(2, 0, 0, new DeviceCommand.Start(100));
        assertThat(hub.awaitAck(start).outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
        hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED);
        assertThat(sink.bytes()).isEqualTo(Arrays.copyOfRange(audio, 100 * BYTES_PER_MS, audio.length));
        assertThat(hub.awaitEvent(e -> e.kind() == DeviceEvent.Kind.TRACK_STARTED).positionMs()).isEqualTo(100);
    }

    @Test
    void resume_starts_a_prepared_track_where_it_was_prepared() {
        sink.release(1000);
        String prepare = send(1, 0, 0, new DeviceCommand.Prepare(List.of(track), 0, 64, Optional.empty()));
        assertThat(hub.awaitAck(prepare).outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
        assertThat(hub.awaitAck(send(2, 0, 0, new DeviceCommand.Resume())).outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
        hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED);
        assertThat(sink.bytes()).isEqualTo(Arrays.copyOfRange(audio, 64 * BYTES_PER_MS, audio.length));
    }

    @Test
    void start_without_a_prepared_track_fails_with_a_stable_code() {
        CommandAck ack = hub.awaitAck(send(1, 0, 0, new DeviceCommand.Start(0)));
        assertThat(ack.outcome()).isEqualTo(CommandAck.Outcome.FAILED);
        assertThat(ack.errorCode()).isEqualTo("nothing_prepared");
    }

    @Test
    void a_prepare_replaced_by_a_play_before_it_was_started_cannot_be_started() {
        sink.release(1000);
        assertThat(hub.awaitAck(send(1, 0, 0, new DeviceCommand.Prepare(List.of(track), 0, 0, Optional.empty())))
                .outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
        send(2, 0, 0, new DeviceCommand.Play(List.of(track), 0, 0, Optional.empty()));
        CommandAck start = hub.awaitAck(send(3, 0, 0, new DeviceCommand.Start(0)));
        assertThat(start.errorCode()).isEqualTo("nothing_prepared");
    }

    @Test
    void a_clock_probe_is_answered_with_its_arrival_time_whatever_its_version_and_changes_nothing() {
        hub.awaitAck(send(5, 0, 0, new DeviceCommand.SetVolume(40)));
        time.advanceMillis(1234);
        CommandAck probe = hub.awaitAck(send(0, 0, 777, new DeviceCommand.ClockProbe()));
        assertThat(probe.outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
        assertThat(probe.receivedAtMs()).isEqualTo(777);
        assertThat(probe.timestampMs()).isEqualTo(time.currentTimeMillis());
        assertThat(probe.sessionVersion()).as("the probe's version 0 is not stale and not applied").isEqualTo(5);
    }

    @Test
    void a_command_with_an_execute_at_instant_ahead_waits_for_it() throws Exception {
        String id = send(1, time.currentTimeMillis() + 300, 0, new DeviceCommand.SetVolume(30));
        Thread.sleep(100);
        assertThat(hub.acks).as("not carried out before its instant").isEmpty();
        assertThat(hub.awaitAck(id).outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
    }

    @Test
    void a_command_whose_instant_has_passed_runs_at_once() {
        time.advanceMillis(10_000);
        String id = send(1, time.currentTimeMillis() - 5000, 0, new DeviceCommand.SetVolume(30));
        assertThat(hub.awaitAck(id).outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
    }
}
