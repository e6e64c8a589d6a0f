package io.tonearm.control.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TempoAndEnergyTest {

    @ParameterizedTest
    @ValueSource(doubles = {72, 90, 118, 128, 150})
    void finds_the_tempo_of_a_click_track(double bpm) {
        float[] x = Signals.clicks(22_050, 20, bpm, 0.5, 7);
        OnsetEnvelope.Envelope envelope = OnsetEnvelope.of(x, 22_050);
        assertThat(TempoEstimator.bpm(envelope).getAsDouble()).isCloseTo(bpm, within(bpm * 0.02));
    }

    @Test
    void silence_and_audio_too_short_for_a_few_beats_have_no_tempo() {
        assertThat(TempoEstimator.bpm(OnsetEnvelope.of(new float[22_050 * 10], 22_050))).isEmpty();
        assertThat(TempoEstimator.bpm(OnsetEnvelope.of(Signals.clicks(22_050, 2, 120, 0.5, 1), 22_050))).isEmpty();
    }

    @Test
    void a_loud_busy_track_has_more_energy_than_a_quiet_sparse_one() {
        float[] busy = Signals.clicks(44_100, 15, 160, 0.9, 3);
        float[] calm = Signals.clicks(44_100, 15, 60, 0.05, 3);
        AudioAnalysis loud = AudioAnalysis.of(Signals.stereo(44_100, busy));
        AudioAnalysis quiet = AudioAnalysis.of(Signals.stereo(44_100, calm));
        assertThat(loud.energy()).isGreaterThan(quiet.energy() + 0.2);
        assertThat(loud.energy()).isBetween(0.0, 1.0);
        assertThat(quiet.energy()).isBetween(0.0, 1.0);
    }

    @Test
    void the_gain_brings_the_track_to_minus_14_lufs_and_the_peak_is_the_largest_sample() {
        AudioAnalysis a = AudioAnalysis.of(Signals.stereo(48_000, Signals.sine(48_000, 10, 1000, -20)));
        assertThat(a.loudnessLufs()).isCloseTo(-20.0, within(0.1));
        assertThat(a.gainDb()).isCloseTo(6.0, within(0.1));
        assertThat(a.samplePeak()).isCloseTo(0.1, within(0.001));
        assertThat(a.durationMs()).isEqualTo(10_000);
    }

    @Test
    void empty_short_and_silent_audio_are_refused_with_a_reason() {
        assertThatThrownBy(() -> AudioAnalysis.of(Signals.stereo(44_100, new float[0])))
                .isInstanceOf(SilentAudioException.class).hasMessageContaining("no samples");
        assertThatThrownBy(() -> AudioAnalysis.of(Signals.stereo(44_100, new float[44_100 * 3])))
                .isInstanceOf(SilentAudioException.class).hasMessageContaining("silent");
        assertThatThrownBy(() -> AudioAnalysis.of(Signals.stereo(44_100, Signals.sine(44_100, 0.2, 440, -10))))
                .isInstanceOf(SilentAudioException.class).hasMessageContaining("shorter than 400 ms");
    }
}
