package io.tonearm.agent.sink.javasound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tonearm.agent.playback.Volume;
import io.tonearm.agent.sink.HardwareVolume;
import java.util.Optional;
import javax.sound.sampled.BooleanControl;
import javax.sound.sampled.CompoundControl;
import javax.sound.sampled.Control;
import javax.sound.sampled.FloatControl;
import org.junit.jupiter.api.Test;

class FloatControlVolumeTest {

    static FloatControl control(FloatControl.Type type, float min, float max) {
        return new FloatControl(type, min, max, 0.01f, -1, max, "") {
        };
    }

    static BooleanControl mute() {
        return new BooleanControl(BooleanControl.Type.MUTE, false) {
        };
    }

    @Test
    void a_linear_volume_control_follows_the_agents_curve_over_its_range() {
        FloatControl c = control(FloatControl.Type.VOLUME, 0f, 1f);
        HardwareVolume v = JavaSoundMixer.volumeOf(new Control[] {c}, "card").orElseThrow();

        v.setPercent(100);
        assertThat(c.getValue()).isEqualTo(1f);
        v.setPercent(50);
        assertThat(c.getValue()).isCloseTo(Volume.gain(50), within(0.011f));
        v.setPercent(0);
        assertThat(c.getValue()).isZero();
    }

    @Test
    void a_gain_control_takes_the_curve_in_decibels_clamped_to_its_range_and_mutes_at_zero() {
        FloatControl gain = control(FloatControl.Type.MASTER_GAIN, -40f, 6f);
        BooleanControl mute = mute();
        HardwareVolume v = JavaSoundMixer.volumeOf(new Control[] {mute, gain}, "card").orElseThrow();

        v.setPercent(100);
        assertThat(gain.getValue()).isEqualTo(0f);
        assertThat(mute.getValue()).isFalse();
        v.setPercent(60);
        assertThat(gain.getValue()).isCloseTo(-20f, within(0.02f));
        v.setPercent(2);
        assertThat(gain.getValue()).isEqualTo(-40f);
        v.setPercent(0);
        assertThat(mute.getValue()).isTrue();
        assertThat(gain.getValue()).isEqualTo(-40f);
    }

    @Test
    void finds_a_volume_inside_a_compound_control_and_nothing_where_there_is_none() {
        FloatControl c = control(FloatControl.Type.VOLUME, 0f, 65535f);
        CompoundControl master = new CompoundControl(new CompoundControl.Type("Master") {
        }, new Control[] {c}) {
        };
        assertThat(JavaSoundMixer.volumeOf(new Control[] {master}, "card")).isPresent();
        assertThat(JavaSoundMixer.volumeOf(new Control[] {control(FloatControl.Type.PAN, -1f, 1f)}, "card")).isEmpty();
        assertThat(JavaSoundMixer.volumeOf(new Control[0], "card")).isEmpty();
    }

    @Test
    void finding_the_mixer_of_a_device_that_does_not_exist_gives_software_volume() {
        assertThat(JavaSoundMixer.find(Optional.of("no-such-card-9f2c"))).isEmpty();
    }
}
