package io.tonearm.agent.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.Agent;
import io.tonearm.agent.AgentBuilder;
import io.tonearm.agent.testkit.GatedSink;
import io.tonearm.agent.testkit.ManualTime;
import io.tonearm.agent.testkit.MemoryCatalog;
import io.tonearm.agent.testkit.RawPcmDecoder;
import io.tonearm.agent.testkit.RecordingTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keep offline's deferred ack, and a takeover stopping the audio. */
class TakeoverAndKeepOfflineTest {
    final MemoryCatalog catalog = new MemoryCatalog();
    final RecordingTransport hub = new RecordingTransport();
    final GatedSink sink = new GatedSink();
    TrackRef a;
    TrackRef b;
    Agent agent;

    final RecordingTransport bare = new RecordingTransport();
    final List<List<TrackRef>> asked = new ArrayList<>();
    final CompletableFuture<Integer> outcome = new CompletableFuture<>();
    AgentSession session;

    @BeforeEach
    void agent() throws Exception {
        a = catalog.add("a", RawPcmDecoder.ramp(AgentSessionTest.CHUNK * 10, 2, 1));
        b = catalog.add("b", RawPcmDecoder.ramp(AgentSessionTest.CHUNK * 4, 2, 2));
        agent = new AgentBuilder()
                .identity(new DeviceIdentity("kitchen", "Kitchen", DeviceType.SPEAKER, "test", true, Quality.KBPS_320, "t"))
                .transport(hub).streamResolver(catalog).audioFetcher(catalog)
                .decoder(new RawPcmDecoder(AgentSessionTest.FORMAT)).sink(sink).time(new ManualTime())
                .initialVolume(100).chunkFrames(AgentSessionTest.CHUNK).build();
        agent.start();
    }

    @BeforeEach
    void session() {
        session = new AgentSession(new SessionContext(bare, new ManualTime(), Quality.KBPS_320, 50));
        session.attachOffline(tracks -> {
            asked.add(tracks);
            return outcome;
        });
        session.start(1000);
    }

    @AfterEach
    void close() {
        session.close();
        sink.release(1000);
        agent.close();
    }

    private String send(long version, DeviceCommand command) {
        String id = "cmd-" + version + "-" + command.getClass().getSimpleName();
        hub.agent().onCommand(new CommandEnvelope(id, version, version, 0, command));
        return id;
    }

    private String keep(AgentSession s, String id, TrackRef... tracks) {
        s.onCommand(new CommandEnvelope(id, 1, 1, 0, new DeviceCommand.KeepOffline(List.of(tracks))));
        return id;
    }

    @Test
    void keep_offline_is_acked_only_once_the_tracks_are_kept() throws Exception {
        keep(session, "k1", a, b);
        RecordingTransport.await(() -> asked.isEmpty() ? null : true);
        assertThat(asked.get(0)).containsExactly(a, b);
        Thread.sleep(100);
        assertThat(bare.acks).as("no ack while downloading").isEmpty();
        outcome.complete(0);
        assertThat(bare.awaitAck("k1").outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
    }

    @Test
    void keep_offline_with_tracks_that_could_not_be_kept_fails_with_offline_incomplete() {
        keep(session, "k2", a, b);
        outcome.complete(1);
        CommandAck ack = bare.awaitAck("k2");
        assertThat(ack.outcome()).isEqualTo(CommandAck.Outcome.FAILED);
        assertThat(ack.errorCode()).isEqualTo("offline_incomplete");
        assertThat(ack.reason()).contains("1 of 2");
    }

    @Test
    void keep_offline_on_a_device_without_a_cache_fails_with_offline_unavailable() {
        String id = send(1, new DeviceCommand.KeepOffline(List.of(a)));
        CommandAck ack = hub.awaitAck(id);
        assertThat(ack.outcome()).isEqualTo(CommandAck.Outcome.FAILED);
        assertThat(ack.errorCode()).isEqualTo("offline_unavailable");
    }

    @Test
    void a_takeover_stops_the_audio() {
        send(1, new DeviceCommand.Play(List.of(a, b), 0, 0, java.util.Optional.empty()));
        sink.release(1);
        hub.awaitState(s -> s.status() == PlaybackStatus.PLAYING);
        hub.agent().onSuperseded("DISCONNECT 0x8E");
        hub.awaitState(s -> s.status() != PlaybackStatus.PLAYING && s.track().isEmpty()
                || s.status() == PlaybackStatus.STOPPED);
        sink.release(1000);
        assertThat(agent.state().status()).isNotEqualTo(PlaybackStatus.PLAYING);
    }
}
