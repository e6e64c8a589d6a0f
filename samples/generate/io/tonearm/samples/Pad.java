package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

import java.util.Random;

/** Three detuned band-limited saws and a sub-octave sine through a low-pass filter. */
final class Pad implements Voice {
    private final Adsr env;
    private final double cutoff;
    private final Random rng;

    Pad(Adsr env, double cutoff, Random rng) {
        this.env = env;
        this.cutoff = cutoff;
        this.rng = rng;
    }

    public double[] play(double hz, int gate, double vel) {
        double[] e = env.curve(gate);
        double[] out = new double[e.length];
        double[] detune = {StrictMath.pow(2, -9 / 1200.0), 1.0, StrictMath.pow(2, 8 / 1200.0)};
        double[] phase = {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
        Svf filter = new Svf();
        filter.set(Math.min(cutoff * (0.7 + 0.5 * vel), 0.4 * SR), 0.6);
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int v = 0; v < 3; v++) {
                double dt = hz * detune[v] / SR;
                s += Osc.saw(phase[v], dt);
                phase[v] += dt;
            }
            s = s / 3 + 0.35 * Osc.sin(i * hz * 0.5 / SR);
            out[i] = filter.lowpass(s) * e[i] * vel;
        }
        return out;
    }
}
