package io.tonearm.agent.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.Agent;
import io.tonearm.agent.AgentBuilder;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.testkit.ManualTime;
import io.tonearm.agent.testkit.MemoryCatalog;
import io.tonearm.agent.testkit.RawPcmDecoder;
import io.tonearm.agent.testkit.RecordingTransport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A sink that ran dry between two chunks is an underrun event with the track and where it happened. */
class UnderrunEventTest {
    private static final PcmFormat FORMAT = new PcmFormat(8000, 2);
    private static final int CHUNK = 256;

    @Test
    void a_sink_that_ran_dry_before_the_third_chunk_is_one_underrun_event_at_that_position() throws Exception {
        MemoryCatalog catalog = new MemoryCatalog();
        TrackRef a = catalog.add("a", RawPcmDecoder.ramp(CHUNK * 6, 2, 1));
        RecordingTransport hub = new RecordingTransport();
        DryOnce sink = new DryOnce(2);
        Agent agent = new AgentBuilder()
                .identity(new DeviceIdentity("kitchen", "Kitchen", DeviceType.SPEAKER, "test", true, Quality.KBPS_320, "t"))
                .transport(hub).streamResolver(catalog).audioFetcher(catalog)
                .decoder(new RawPcmDecoder(FORMAT)).sink(sink).time(new ManualTime())
                .initialVolume(100).chunkFrames(CHUNK).build();
        try {
            agent.start();
            hub.agent().onCommand(new CommandEnvelope("c1", 1, 1, 0,
                    new DeviceCommand.Play(List.of(a), 0, 0, Optional.empty())));
            hub.awaitEvent(e -> e.kind() == DeviceEvent.Kind.TRACK_COMPLETED);
        } finally {
            agent.close();
        }
        List<DeviceEvent> underruns = hub.events.stream().filter(e -> e.kind() == DeviceEvent.Kind.UNDERRUN).toList();
        assertThat(underruns).hasSize(1);
        assertThat(underruns.get(0).track()).contains(a);
        assertThat(underruns.get(0).positionMs()).isEqualTo(FORMAT.framesToMillis(2L * CHUNK));
    }

    /**
     * Holds audio after every write (the player's first look after a write sees it), except that by
     * the time write number {@code dryBefore + 1} comes it has played out everything.
     */
    private static final class DryOnce implements AudioSink {
        private final int dryBefore;
        private volatile int writes;
        private volatile boolean justWritten;

        DryOnce(int dryBefore) {
            this.dryBefore = dryBefore;
        }

        @Override
        public void open(PcmFormat format) {
        }

        @Override
        public void write(byte[] s16le, int offset, int length) {
            writes++;
            justWritten = true;
        }

        @Override
        public long latencyNanos() {
            if (justWritten) {
                justWritten = false;
                return 20_000_000;
            }
            return writes == 0 || writes == dryBefore ? 0 : 20_000_000;
        }

        @Override
        public void close() {
        }
    }
}
