package io.tonearm.agent.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.testkit.ManualTime;
import org.junit.jupiter.api.Test;

class PacedSinkTest {
    final ManualTime time = new ManualTime();
    final CapturingSink captured = new CapturingSink(time);
    final PacedSink sink = new PacedSink(captured, time);
    final byte[] oneSecond = new byte[8000 * 2];

    @Test
    void passes_audio_through_at_the_pace_it_would_play() throws Exception {
        sink.open(new PcmFormat(8000, 1));
        long start = time.nanoTime();
        sink.write(oneSecond, 0, oneSecond.length);
        sink.write(oneSecond, 0, oneSecond.length);
        assertThat((time.nanoTime() - start) / 1_000_000).isEqualTo(2000 - PacedSink.LEAD_MS);
        assertThat(captured.bytesCaptured()).isEqualTo(2L * oneSecond.length);
    }

    @Test
    void time_spent_paused_is_not_owed_afterwards() throws Exception {
        sink.open(new PcmFormat(8000, 1));
        sink.write(oneSecond, 0, oneSecond.length);
        sink.pause();
        time.advanceMillis(10_000);
        sink.resume();
        long resumed = time.nanoTime();
        sink.write(oneSecond, 0, oneSecond.length);
        assertThat((time.nanoTime() - resumed) / 1_000_000).isEqualTo(1000 - PacedSink.LEAD_MS);
    }
}
