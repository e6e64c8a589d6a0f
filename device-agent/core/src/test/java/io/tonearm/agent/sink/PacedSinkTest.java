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
    void time_spent_paused_is_not_owed_afterwards_but_the_audio_held_at_the_pause_is() throws Exception {
        sink.open(new PcmFormat(8000, 1));
        sink.write(oneSecond, 0, oneSecond.length);
        sink.pause();
        assertThat(sink.latencyNanos() / 1_000_000).isEqualTo(PacedSink.LEAD_MS);
        time.advanceMillis(10_000);
        assertThat(sink.latencyNanos() / 1_000_000).isEqualTo(PacedSink.LEAD_MS);
        sink.resume();
        long resumed = time.nanoTime();
        sink.write(oneSecond, 0, oneSecond.length);
        // The 50 ms that were still buffered at the pause play first, then this second.
        assertThat((time.nanoTime() - resumed) / 1_000_000).isEqualTo(1000);
    }

    @Test
    void a_sink_that_ran_dry_starts_again_with_the_next_write_and_reports_it_as_buffered() throws Exception {
        sink.open(new PcmFormat(8000, 1));
        time.advanceMillis(5_000); // opened long before the first write, e.g. a handoff target
        long written = time.nanoTime();
        sink.write(oneSecond, 0, oneSecond.length);
        assertThat((time.nanoTime() - written) / 1_000_000).isEqualTo(1000 - PacedSink.LEAD_MS);
        assertThat(sink.latencyNanos() / 1_000_000).isEqualTo(PacedSink.LEAD_MS);
    }

    @Test
    void flush_forgets_the_audio_held_at_a_pause() throws Exception {
        sink.open(new PcmFormat(8000, 1));
        sink.write(oneSecond, 0, oneSecond.length);
        sink.pause();
        sink.flush();
        sink.resume();
        assertThat(sink.latencyNanos()).isZero();
    }

    @Test
    void with_a_start_threshold_the_first_frames_sound_that_much_later_so_a_slow_second_write_is_no_gap() throws Exception {
        PacedSink deep = new PacedSink(captured, time, 200, 30);
        deep.open(new PcmFormat(8000, 1));
        byte[] tenMs = new byte[80 * 2];
        deep.write(tenMs, 0, tenMs.length);
        assertThat(deep.latencyNanos() / 1_000_000).isEqualTo(40);
        time.advanceMillis(25); // the next chunk is late: without the threshold the sink ran dry 15 ms ago
        assertThat(deep.latencyNanos() / 1_000_000).isEqualTo(15);
        deep.write(tenMs, 0, tenMs.length);
        assertThat(deep.latencyNanos() / 1_000_000).isEqualTo(25);
    }

    @Test
    void a_negative_buffer_or_start_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PacedSink(captured, time, -1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PacedSink(captured, time, 50, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
