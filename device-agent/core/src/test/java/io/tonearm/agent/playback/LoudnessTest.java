package io.tonearm.agent.playback;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.audio.Pcm16;
import org.junit.jupiter.api.Test;

class LoudnessTest {
    private static final int RATE = 44_100;

    @Test
    void twelve_db_on_a_full_scale_sine_never_clips_and_stays_a_sine() {
        float[] stereo = sine(RATE * 2, 1.0f, 2);
        Loudness loudness = new Loudness();
        loudness.setTrackGainDb(12);

        for (int from = 0; from < stereo.length; from += 2048) {
            loudness.apply(stereo, from, Math.min(2048, stereo.length - from), 2, RATE, 1f);
        }

        short[] out = toShorts(stereo);
        int max = 0;
        int nearPeak = 0;
        for (short s : out) {
            max = Math.max(max, Math.abs(s));
        }
        for (int i = out.length / 2; i < out.length; i++) {
            if (Math.abs(out[i]) >= max * 0.98) {
                nearPeak++;
            }
        }
        assertThat(max).isLessThanOrEqualTo(32767).isGreaterThan(30_000);
        // A sine spends 12.7% of its time within 2% of its peak; hard-clipped after +12 dB, 84%.
        assertThat(nearPeak / (double) (out.length / 2)).isLessThan(0.25);
        // And after the attack it is a scaled copy of the input: correlation with a pure sine ~1.
        assertThat(correlation(out, sine(RATE * 2, 1.0f, 2), out.length / 2)).isGreaterThan(0.999);
    }

    @Test
    void unity_gain_passes_samples_bit_exact() {
        float[] samples = sine(4096, 0.7f, 1);
        float[] copy = samples.clone();
        new Loudness().apply(samples, 0, samples.length, 1, RATE, 1f);
        assertThat(samples).containsExactly(copy);
    }

    @Test
    void a_cut_only_scales() {
        float[] samples = sine(4096, 1f, 1);
        float[] want = samples.clone();
        Loudness loudness = new Loudness();
        loudness.setTrackGainDb(-6);
        loudness.apply(samples, 0, samples.length, 1, RATE, 1f);
        for (int i = 0; i < want.length; i++) {
            assertThat(samples[i]).isEqualTo(want[i] * Loudness.linear(-6));
        }
    }

    @Test
    void absurd_gains_are_clamped() {
        assertThat(Loudness.linear(400)).isEqualTo(Loudness.linear(Loudness.MAX_BOOST_DB));
        assertThat(Loudness.linear(-400)).isEqualTo(Loudness.linear(Loudness.MAX_CUT_DB));
        assertThat(Loudness.linear(Double.NaN)).isEqualTo(1f);
    }

    @Test
    void the_limiter_releases_smoothly_after_a_peak() {
        PeakLimiter limiter = new PeakLimiter();
        float[] burst = new float[] {1f, 0.1f, 0.1f, 0.1f};
        limiter.process(burst, 0, burst.length, 1, RATE, 4f);
        float afterPeak = limiter.envelope();
        assertThat(afterPeak).isLessThan(0.3f);
        float[] quiet = new float[RATE / 10];
        limiter.process(quiet, 0, quiet.length, 1, RATE, 4f);
        // 100 ms of a 150 ms release: most of the way back, not all of it.
        assertThat(limiter.envelope()).isBetween(0.6f, 0.95f);
    }

    private static float[] sine(int frames, float amplitude, int channels) {
        float[] out = new float[frames * channels];
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < channels; c++) {
                out[f * channels + c] = (float) (amplitude * Math.sin(2 * Math.PI * 440 * f / RATE));
            }
        }
        return out;
    }

    private static short[] toShorts(float[] samples) {
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = Pcm16.toShort(samples[i]);
        }
        return out;
    }

    private static double correlation(short[] a, float[] b, int from) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = from; i < a.length; i++) {
            ab += a[i] * (double) b[i];
            aa += a[i] * (double) a[i];
            bb += b[i] * (double) b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }
}
