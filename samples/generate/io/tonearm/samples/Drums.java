package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

import java.util.Random;

/** Drum synthesis from sine sweeps, metallic square clusters and filtered noise. */
final class Drums {
    private final Random rng;

    Drums(Random rng) {
        this.rng = rng;
    }

    private double noise() {
        return rng.nextDouble() * 2 - 1;
    }

    /** Sine sweeping exponentially from {@code startHz} to {@code endHz}, with an optional click. */
    double[] kick(double vel, double startHz, double endHz, double decay, double click) {
        int len = (int) (decay * 5 * SR);
        double[] out = new double[len];
        double sweepMul = StrictMath.exp(-1.0 / (0.045 * SR));
        double ampMul = StrictMath.exp(-1.0 / (decay * SR));
        double sweep = 1;
        double amp = 1;
        double phase = 0;
        Biquad clickFilter = Biquad.lowpass(3500, 0.7);
        for (int i = 0; i < len; i++) {
            double f = endHz + (startHz - endHz) * sweep;
            phase += f / SR;
            double attack = Math.min(1, i / (0.001 * SR));
            double c = i < 0.004 * SR ? click * clickFilter.process(noise()) * (1 - i / (0.004 * SR)) : 0;
            out[i] = (Effects.softClip(1.3 * Osc.sin(phase)) * amp * attack + c) * vel;
            sweep *= sweepMul;
            amp *= ampMul;
        }
        fadeTail(out);
        return out;
    }

    /** Two body tones plus band-limited noise for the wires. */
    double[] snare(double vel, double toneHz, double noiseDecay, double topHz) {
        int len = (int) (noiseDecay * 6 * SR);
        double[] out = new double[len];
        Biquad hp = Biquad.highpass(900, 0.7);
        Biquad lp = Biquad.lowpass(topHz, 0.7);
        double toneMul = StrictMath.exp(-1.0 / (0.05 * SR));
        double noiseMul = StrictMath.exp(-1.0 / (noiseDecay * SR));
        double tone = 1;
        double nz = 1;
        for (int i = 0; i < len; i++) {
            double t = i / (double) SR;
            double body = 0.6 * Osc.sin(toneHz * t) + 0.35 * Osc.sin(toneHz * 1.78 * t);
            out[i] = (body * tone * 0.8 + lp.process(hp.process(noise())) * nz) * vel;
            tone *= toneMul;
            nz *= noiseMul;
        }
        fadeTail(out);
        return out;
    }

    /** Six square waves at inharmonic ratios (the 808 recipe) plus noise, high-passed. */
    double[] hat(double vel, double decay) {
        int len = (int) (decay * 6 * SR);
        double[] out = new double[len];
        double[] freqs = {263, 400, 421, 474, 587, 845};
        Biquad hp1 = Biquad.highpass(7000, 0.7);
        Biquad hp2 = Biquad.highpass(7000, 0.7);
        double mul = StrictMath.exp(-1.0 / (decay * SR));
        double amp = 1;
        for (int i = 0; i < len; i++) {
            double metal = 0;
            for (double f : freqs) metal += (f * 1.9 * i / SR) % 1.0 < 0.5 ? 1 : -1;
            double s = 0.08 * metal + 0.6 * noise();
            out[i] = hp2.process(hp1.process(s)) * amp * vel * Math.min(1, i / (0.0005 * SR));
            amp *= mul;
        }
        fadeTail(out);
        return out;
    }

    /** Three quick noise bursts and a short tail, band-passed around 1.2 kHz. */
    double[] clap(double vel) {
        int len = (int) (0.35 * SR);
        double[] out = new double[len];
        Biquad bp = Biquad.bandpass(1200, 1.2);
        Biquad hp = Biquad.highpass(600, 0.7);
        double tailMul = StrictMath.exp(-1.0 / (0.07 * SR));
        double tail = 1;
        for (int i = 0; i < len; i++) {
            double t = i / (double) SR;
            double env;
            if (t < 0.03) {
                double within = (t % 0.01) / 0.01;
                env = 1 - within;
            } else {
                env = tail;
                tail *= tailMul;
            }
            out[i] = hp.process(bp.process(noise())) * env * vel * 2.2;
        }
        fadeTail(out);
        return out;
    }

    /** Long band of high noise for section starts. */
    double[] crash(double vel) {
        int len = (int) (2.5 * SR);
        double[] out = new double[len];
        Biquad hp = Biquad.highpass(4500, 0.7);
        Biquad lp = Biquad.lowpass(12000, 0.7);
        double mul = StrictMath.exp(-1.0 / (0.6 * SR));
        double amp = 1;
        for (int i = 0; i < len; i++) {
            out[i] = lp.process(hp.process(noise())) * amp * vel;
            amp *= mul;
        }
        fadeTail(out);
        return out;
    }

    /** Soft shaker: band-passed noise with a swelling attack. */
    double[] shaker(double vel) {
        int len = (int) (0.12 * SR);
        double[] out = new double[len];
        Biquad bp = Biquad.bandpass(6500, 1.0);
        for (int i = 0; i < len; i++) {
            double t = i / (double) SR;
            double env = t < 0.018 ? t / 0.018 : StrictMath.exp(-(t - 0.018) / 0.025);
            out[i] = bp.process(noise()) * env * vel;
        }
        fadeTail(out);
        return out;
    }

    /** Wooden rim click: two short sines and a tick of noise. */
    double[] rim(double vel) {
        int len = (int) (0.08 * SR);
        double[] out = new double[len];
        Biquad hp = Biquad.highpass(2000, 0.7);
        double mul = StrictMath.exp(-1.0 / (0.012 * SR));
        double amp = 1;
        for (int i = 0; i < len; i++) {
            double t = i / (double) SR;
            double s = 0.6 * Osc.sin(1700 * t) + 0.4 * Osc.sin(520 * t) + 0.3 * hp.process(noise());
            out[i] = s * amp * vel;
            amp *= mul;
        }
        fadeTail(out);
        return out;
    }

    private static void fadeTail(double[] x) {
        int n = Math.min(x.length, 128);
        for (int i = 0; i < n; i++) x[x.length - 1 - i] *= i / (double) n;
    }
}
