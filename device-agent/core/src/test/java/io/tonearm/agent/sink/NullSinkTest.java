package io.tonearm.agent.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.testkit.ManualTime;
import org.junit.jupiter.api.Test;

class NullSinkTest {

    @Test
    void takes_audio_at_the_pace_a_sound_card_plays_it() throws Exception {
        ManualTime time = new ManualTime();
        NullSink sink = new NullSink(time);
        sink.open(new PcmFormat(48000, 2));
        long start = time.nanoTime();
        byte[] oneSecond = new byte[48000 * 4];
        sink.write(oneSecond, 0, oneSecond.length);
        sink.write(oneSecond, 0, oneSecond.length);
        assertThat((time.nanoTime() - start) / 1_000_000).isEqualTo(2000 - 50);
    }

    @Test
    void refuses_writes_before_open() {
        assertThatThrownBy(() -> new NullSink(new ManualTime()).write(new byte[4], 0, 4)).isInstanceOf(SinkException.class);
    }
}
