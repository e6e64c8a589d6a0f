package io.tonearm.agent.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.Agent;
import io.tonearm.agent.AgentBuilder;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.playback.RepeatMode;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.testkit.GatedSink;
import io.tonearm.agent.testkit.ManualTime;
import io.tonearm.agent.testkit.MemoryCatalog;
import io.tonearm.agent.testkit.RawPcmDecoder;
import io.tonearm.agent.testkit.RecordingTransport;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepeatTest {
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
                .decoder(new RawPcmDecoder(new PcmFormat(8000, 2))).sink(sink).time(new ManualTime())
                .initialVolume(100).chunkFrames(CHUNK).build();
        agent.start();
    }

    @AfterEach
    void stop() {
        sink.release(1000);
        agent.close();
    }

    String send(DeviceCommand command) {
        String id = "cmd-" + (++commands);
        hub.agent().onCommand(new CommandEnvelope(id, commands, commands, 0, command));
        return id;
    }

    @Test
    void repeat_context_starts_the_queue_again_until_repeat_is_turned_off() throws Exception {
        send(new DeviceCommand.Play(List.of(a, b), 0, 0, Optional.empty(), Optional.of(RepeatMode.CONTEXT)));
        sink.release(24); // a, b and a again
        RecordingTransport.await(() -> sink.writes() >= 24 ? true : null);
        assertThat(hub.awaitAck(send(new DeviceCommand.SetRepeat(RepeatMode.OFF))).outcome())
                .isEqualTo(CommandAck.Outcome.APPLIED);
        sink.release(1000);
        hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED);
        assertThat(sink.bytes()).isEqualTo(concat(first, second, first, second));
    }

    @Test
    void repeat_track_plays_the_same_track_again_sample_for_sample() throws Exception {
        send(new DeviceCommand.Play(List.of(a, b), 0, 0, Optional.empty(), Optional.of(RepeatMode.TRACK)));
        sink.release(20); // a twice
        RecordingTransport.await(() -> sink.writes() >= 20 ? true : null);
        hub.awaitAck(send(new DeviceCommand.SetRepeat(RepeatMode.OFF)));
        sink.release(1000);
        hub.awaitState(s -> s.status() == PlaybackStatus.STOPPED);
        assertThat(sink.bytes()).isEqualTo(concat(first, first, first, second));
    }

    @Test
    void next_at_the_end_wraps_only_with_repeat_context() {
        sink.release(1000);
        send(new DeviceCommand.Play(List.of(a, b), 1, 0, Optional.empty(), Optional.of(RepeatMode.OFF)));
        assertThat(hub.awaitAck(send(new DeviceCommand.Next())).errorCode()).isEqualTo("no_next_track");
        send(new DeviceCommand.SetRepeat(RepeatMode.CONTEXT));
        send(new DeviceCommand.Play(List.of(a, b), 1, 0, Optional.empty()));
        assertThat(hub.awaitAck(send(new DeviceCommand.Next())).outcome()).isEqualTo(CommandAck.Outcome.APPLIED);
        hub.awaitState(s -> s.queueIndex() == 0 && s.status() == PlaybackStatus.PLAYING);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
