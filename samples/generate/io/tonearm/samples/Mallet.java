package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

/** Struck bar or bell: a few inharmonic sine partials, each with its own decay. */
final class Mallet implements Voice {
    private final double[] ratios;
    private final double[] amps;
    private final double[] taus;
    private final double release;

    Mallet(double[] ratios, double[] amps, double[] taus, double release) {
        this.ratios = ratios;
        this.amps = amps;
        this.taus = taus;
        this.release = release;
    }

    static Mallet vibraphone() {
        return new Mallet(new double[] {1, 4.0, 10.0}, new double[] {1, 0.22, 0.06},
                new double[] {1.1, 0.18, 0.03}, 0.35);
    }

    static Mallet glassBell() {
        return new Mallet(new double[] {1, 2.76, 5.40, 8.93}, new double[] {1, 0.35, 0.15, 0.06},
                new double[] {2.4, 1.0, 0.35, 0.12}, 1.2);
    }

    public double[] play(double hz, int gate, double vel) {
        double[] e = new Adsr(0.002, 10, 1.0, release).curve(gate);
        double[] out = new double[e.length];
        for (int p = 0; p < ratios.length; p++) {
            double f = hz * ratios[p];
            if (f > 15000) continue;
            double a = amps[p] * vel;
            double mul = StrictMath.exp(-1.0 / (taus[p] * SR));
            double dt = f / SR;
            for (int i = 0; i < out.length; i++) {
                out[i] += a * Osc.sin(i * dt) * e[i];
                a *= mul;
            }
        }
        return out;
    }
}
