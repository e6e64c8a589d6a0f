package io.tonearm.agent.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VolumeTest {

    @Test
    void full_volume_is_unity_and_zero_is_silence() {
        assertThat(Volume.gain(100)).isEqualTo(1f);
        assertThat(Volume.gain(0)).isEqualTo(0f);
    }

    @Test
    void each_step_is_the_same_number_of_decibels() {
        double step = 20 * Math.log10(Volume.gain(51) / Volume.gain(50));
        assertThat(step).isCloseTo(Volume.RANGE_DB / 100, within(1e-4));
        assertThat(20 * Math.log10(Volume.gain(50))).isCloseTo(-25.0, within(1e-3));
    }

    @Test
    void refuses_out_of_range_volume() {
        assertThatThrownBy(() -> Volume.gain(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Volume.gain(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
