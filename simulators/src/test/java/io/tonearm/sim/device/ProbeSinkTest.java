package io.tonearm.sim.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.sink.AudioSink;
import org.junit.jupiter.api.Test;

class ProbeSinkTest {
    private static final AudioSink DISCARD = new AudioSink() {
        @Override
        public void open(PcmFormat format) {
        }

        @Override
        public void write(byte[] s16le, int offset, int length) {
        }

        @Override
        public void close() {
        }
    };
    private final byte[] tenMs = new byte[80 * 2];

    @Test
    void a_start_threshold_is_counted_in_time_to_first_audio() throws Exception {
        ProbeSink probe = new ProbeSink(DISCARD, 30_000_000L);
        probe.open(new PcmFormat(8000, 1));
        probe.arm();
        long before = System.nanoTime();
        probe.write(tenMs, 0, tenMs.length);
        assertThat(probe.firstSampleNanos().orElseThrow() - before).isGreaterThanOrEqualTo(30_000_000L);
        assertThat(probe.audibleEndNanos() - probe.firstSampleNanos().orElseThrow()).isEqualTo(10_000_000L);
    }

    @Test
    void without_a_threshold_the_first_sample_sounds_when_written() throws Exception {
        ProbeSink probe = new ProbeSink(DISCARD);
        probe.open(new PcmFormat(8000, 1));
        probe.arm();
        long before = System.nanoTime();
        probe.write(tenMs, 0, tenMs.length);
        long after = System.nanoTime();
        assertThat(probe.firstSampleNanos().orElseThrow()).isBetween(before, after);
    }

    @Test
    void audio_written_while_earlier_audio_still_sounds_follows_it_without_a_threshold() throws Exception {
        ProbeSink probe = new ProbeSink(DISCARD, 30_000_000L);
        probe.open(new PcmFormat(8000, 1));
        probe.write(tenMs, 0, tenMs.length);
        long end = probe.audibleEndNanos();
        probe.arm();
        probe.write(tenMs, 0, tenMs.length);
        assertThat(probe.firstSampleNanos()).contains(end);
    }
}
