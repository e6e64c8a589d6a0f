package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Whole-buffer effects and helpers: saturation, filters, mixing, tremolo, ducking, record noise. */
final class Effects {
    /** Smooth saturator: a rational tanh approximation, exactly ±1 beyond |x| = 3. */
    static double softClip(double x) {
        if (x > 3) return 1;
        if (x < -3) return -1;
        return x * (27 + x * x) / (27 + 9 * x * x);
    }

    static void lowpass(Stereo s, double hz, double q) {
        Biquad.lowpass(hz, q).processInPlace(s.l);
        Biquad.lowpass(hz, q).processInPlace(s.r);
    }

    static void highpass(Stereo s, double hz, double q) {
        Biquad.highpass(hz, q).processInPlace(s.l);
        Biquad.highpass(hz, q).processInPlace(s.r);
    }

    static void add(Stereo into, Stereo from, double gain) {
        for (int i = 0; i < into.l.length; i++) {
            into.l[i] += from.l[i] * gain;
            into.r[i] += from.r[i] * gain;
        }
    }

    /** Auto-pan tremolo: left and right swell in opposite phase. */
    static void tremolo(Stereo s, double rateHz, double depth) {
        for (int i = 0; i < s.l.length; i++) {
            double m = depth * Osc.sin(rateHz * i / SR);
            s.l[i] *= 1 - 0.5 * depth + 0.5 * m;
            s.r[i] *= 1 - 0.5 * depth - 0.5 * m;
        }
    }

    /** Side-chain style ducking: gain dips by {@code depth} at each kick and recovers. */
    static void duck(Stereo s, List<Double> kickTimes, double depth, double recoverSec) {
        double[] gain = new double[s.l.length];
        Arrays.fill(gain, 1.0);
        for (double t : kickTimes) {
            int start = (int) Math.round(t * SR);
            int len = (int) (recoverSec * 8 * SR);
            for (int i = 0; i < len && start + i < gain.length; i++) {
                double x = i / (recoverSec * SR);
                double g = 1 - depth * (1 - x * x / (1 + x * x)) * Math.min(1, i / (0.004 * SR) + 0.3);
                gain[start + i] = Math.min(gain[start + i], g);
            }
        }
        for (int i = 0; i < gain.length; i++) {
            s.l[i] *= gain[i];
            s.r[i] *= gain[i];
        }
    }

    /** Record surface: quiet hiss and sparse soft crackles, band-limited. */
    static Stereo vinyl(Random rng, int frames) {
        Stereo out = new Stereo(frames);
        Biquad hl = Biquad.bandpass(3000, 0.5);
        Biquad hr = Biquad.bandpass(3000, 0.5);
        for (int i = 0; i < frames; i++) {
            double hiss = 0.0025;
            out.l[i] = hl.process((rng.nextDouble() * 2 - 1) * hiss);
            out.r[i] = hr.process((rng.nextDouble() * 2 - 1) * hiss);
            if (rng.nextDouble() < 6.0 / SR) {
                double amp = 0.01 + 0.03 * rng.nextDouble();
                boolean left = rng.nextBoolean();
                for (int k = 0; k < 40 && i + k < frames; k++) {
                    double c = amp * (1 - k / 40.0) * (k % 2 == 0 ? 1 : -0.7);
                    if (left) out.l[i + k] += c; else out.r[i + k] += c * 0.8;
                }
            }
        }
        Effects.lowpass(out, 6000, 0.7);
        return out;
    }
}
