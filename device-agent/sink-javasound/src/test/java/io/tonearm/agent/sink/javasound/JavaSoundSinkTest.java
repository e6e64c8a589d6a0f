package io.tonearm.agent.sink.javasound;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.sink.SinkException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JavaSoundSinkTest {

    @Test
    void a_device_name_that_matches_no_mixer_is_a_sink_error_naming_it() {
        JavaSoundSink sink = new JavaSoundSink(Optional.of("no-such-card-9f2c"), 200);
        assertThatThrownBy(() -> sink.open(new PcmFormat(44100, 2)))
                .isInstanceOf(SinkException.class)
                .hasMessageContaining("no-such-card-9f2c");
    }

    @Test
    void writing_before_open_is_a_sink_error() {
        JavaSoundSink sink = new JavaSoundSink(Optional.empty(), 200);
        assertThatThrownBy(() -> sink.write(new byte[4], 0, 4)).isInstanceOf(SinkException.class);
    }

    @Test
    void refuses_an_absurd_buffer() {
        assertThatThrownBy(() -> new JavaSoundSink(Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JavaSoundSink(Optional.empty(), 60_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
