package io.tonearm.agent.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.Agent;
import io.tonearm.agent.AgentBuilder;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamException;
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

class AgentSessionTest {
    static final PcmFormat FORMAT = new PcmFormat(8000, 2);
    static final int CHUNK = 256;

    final MemoryCatalog catalog = new MemoryCatalog();
    final RecordingTransport hub = new RecordingTransport();
    final GatedSink sink = new GatedSink();
    final byte[] first = RawPcmDecoder.ramp(CHUNK * 10, 2, 1);
    final byte[] second = RawPcmDecoder.ramp(CHUNK * 4, 2, 2);
    TrackRef a;
    TrackRef b;
    Agent agent;
    int commands;

    @BeforeEach
    void start() throws Exception {
        a = catalog.add("a", first);
        b = catalog.add("b", second);
        agent = new AgentBuilder()
                .identity(new DeviceIdentity("kitchen", "Kitchen", DeviceType.SPEAKER, "test", true, Quality.KBPS_320, "t"))
                .transport(hub).streamResolver(catalog).audioFetcher(catalog)
                .decoder(new RawPcmDecoder(FORMAT)).sink(sink).time(new ManualTime())
                .initialVolume(100).chunkFrames(CHUNK).build();
        agent.start();
    }

    @AfterEach
    void stop() {
        sink.release(1000);
        agent.close();
    }

    String send(long version, DeviceCommand command) {
        String id = "cmd-" + (++commands);
        hub.agent().onCommand(new CommandEnvelope(id, version, commands, 0, command));
        return id;
    }

    static DeviceCommand.Play play(TrackRef... tracks) {
        return new DeviceCommand.Play(List.of(tracks), 0, 0, Optional.empty());
    }

    @Test
    void plays_the_decoded_samples_bit_exact_at_full_volume_then_the_next_track() {
        String id = send(1, play(a, b));
        sink.release(1000);
        assertThat(hub.awaitAck(id).outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
        hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED);
        byte[] expected = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, expected, first.length, second.length);
        assertThat(sink.bytes()).isEqualTo(expected);
        assertThat(hub.events).extracting(DeviceEvent::kind).containsSubsequence(DeviceEvent.Kind.TRACK_STARTED,
                DeviceEvent.Kind.TRACK_COMPLETED, DeviceEvent.Kind.TRACK_STARTED, DeviceEvent.Kind.TRACK_COMPLETED);
    }

    @Test
    void reports_playing_with_the_track_and_queue_once_the_first_sample_is_out() {
        send(1, play(a, b));
        sink.release(1);
        PlaybackState playing = hub.awaitState(s -> s.status() == PlaybackStatus.PLAYING);
        assertThat(playing.track()).contains(a);
        assertThat(playing.queue()).containsExactly(a, b);
        assertThat(playing.volumePercent()).isEqualTo(100);
        assertThat(playing.sessionVersion()).isEqualTo(1);
    }

    @Test
    void executes_a_command_id_at_most_once() {
        CommandEnvelope envelope = new CommandEnvelope("same", 1, 1, 0, new DeviceCommand.SetVolume(40));
        hub.agent().onCommand(envelope);
        hub.agent().onCommand(envelope);
        RecordingTransport.await(() -> hub.acks.size() == 2 ? true : null);
        assertThat(hub.acks).extracting(CommandAck::outcome)
                .containsExactly(CommandAck.Outcome.APPLIED, CommandAck.Outcome.DUPLICATE);
        assertThat(hub.events).filteredOn(e -> e.kind() == DeviceEvent.Kind.VOLUME_CHANGED).hasSize(1);
    }

    @Test
    void refuses_a_command_computed_from_a_stale_session_version() {
        send(5, new DeviceCommand.SetVolume(30));
        String stale = send(4, new DeviceCommand.SetVolume(90));
        CommandAck ack = hub.awaitAck(stale);
        assertThat(ack.outcome()).isEqualTo(CommandAck.Outcome.STALE);
        assertThat(ack.sessionVersion()).isEqualTo(5);
        assertThat(agent.state().volumePercent()).isEqualTo(30);
    }

    @Test
    void pause_stops_the_samples_and_resume_continues_where_it_left_off() throws Exception {
        send(1, play(a));
        sink.release(2);
        RecordingTransport.await(() -> sink.writes() >= 2 ? true : null);
        hub.awaitAck(send(2, new DeviceCommand.Pause()));
        sink.release(5);
        Thread.sleep(200);
        int writesWhilePaused = sink.writes();
        Thread.sleep(200);
        assertThat(sink.writes()).isEqualTo(writesWhilePaused).isLessThanOrEqualTo(3);
        assertThat(sink.paused()).isTrue();
        assertThat(agent.state().status()).isEqualTo(PlaybackStatus.PAUSED);

        hub.awaitAck(send(3, new DeviceCommand.Resume()));
        sink.release(1000);
        hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED);
        assertThat(sink.bytes()).isEqualTo(first);
    }

    @Test
    void a_track_that_replaces_a_paused_one_starts_the_sink_again_without_the_old_leftovers() {
        send(1, play(a));
        sink.release(2);
        RecordingTransport.await(() -> sink.writes() >= 2 ? true : null);
        hub.awaitAck(send(2, new DeviceCommand.Pause()));
        sink.release(1); // the write the player is blocked in completes; then it sees the pause
        RecordingTransport.await(() -> sink.paused() ? true : null);
        int before = sink.bytes().length;

        send(3, play(b));
        sink.release(1000);
        hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED && s.track().equals(Optional.of(b)));
        assertThat(sink.paused()).isFalse();
        assertThat(sink.flushes()).isEqualTo(1);
        assertThat(Arrays.copyOfRange(sink.bytes(), sink.bytes().length - second.length, sink.bytes().length)).isEqualTo(second);
        assertThat(sink.bytes().length - second.length).isEqualTo(before);
    }

    @Test
    void starts_at_the_requested_position() {
        long startMs = 100; // 800 frames at 8 kHz
        send(1, new DeviceCommand.Play(List.of(a), 0, startMs, Optional.empty()));
        sink.release(1000);
        hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED);
        assertThat(sink.bytes()).isEqualTo(Arrays.copyOfRange(first, 800 * 4, first.length));
    }

    @Test
    void answers_a_malformed_command_with_an_invalid_ack() {
        hub.agent().onMalformedCommand("bad-1", "invalid field value: Play.index 3 is past the end of track_uris");
        CommandAck ack = hub.awaitAck("bad-1");
        assertThat(ack.outcome()).isEqualTo(CommandAck.Outcome.INVALID);
        assertThat(ack.reason()).contains("Play.index");
    }

    @Test
    void reports_an_error_when_the_stream_is_refused_and_keeps_taking_commands() {
        catalog.refuse("a", StreamException.Reason.FORBIDDEN);
        send(1, play(a));
        DeviceEvent error = hub.awaitEvent(e -> e.kind() == DeviceEvent.Kind.ERROR);
        assertThat(error.errorCode()).isEqualTo("stream_forbidden");
        hub.awaitState(s -> s.status() == PlaybackStatus.ERROR);

        String id = send(2, play(b));
        sink.release(1000);
        assertThat(hub.awaitAck(id).outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
        hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED && s.track().equals(Optional.of(b)));
        assertThat(sink.bytes()).isEqualTo(second);
    }

    @Test
    void next_moves_to_the_following_track_and_fails_past_the_end() {
        send(1, play(a, b));
        sink.release(1);
        hub.awaitState(s -> s.status() == PlaybackStatus.PLAYING);
        assertThat(hub.awaitAck(send(2, new DeviceCommand.Next())).outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
        sink.release(1000);
        hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED && s.track().equals(Optional.of(b)));
        CommandAck pastEnd = hub.awaitAck(send(3, new DeviceCommand.Next()));
        assertThat(pastEnd.outcome()).isEqualTo(CommandAck.Outcome.FAILED);
        assertThat(pastEnd.reason()).isEqualTo("no next track");
        assertThat(pastEnd.errorCode()).isEqualTo("no_next_track");
    }

    @Test
    void pause_with_nothing_loaded_fails_with_a_reason() {
        CommandAck ack = hub.awaitAck(send(1, new DeviceCommand.Pause()));
        assertThat(ack.outcome()).isEqualTo(CommandAck.Outcome.FAILED);
        assertThat(ack.reason()).isEqualTo("nothing to pause");
        assertThat(ack.errorCode()).isEqualTo("nothing_loaded");
    }

    @Test
    void reports_the_volume_it_starts_with_not_a_default() {
        assertThat(hub.awaitState(s -> true).volumePercent()).isEqualTo(100);
    }
}
