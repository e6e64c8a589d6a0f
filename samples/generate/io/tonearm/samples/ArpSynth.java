package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

/** Bright arpeggio voice: saw and square with a snappy filter envelope. */
final class ArpSynth implements Voice {
    public double[] play(double hz, int gate, double vel) {
        double[] e = new Adsr(0.002, 0.12, 0.3, 0.07).curve(gate);
        double[] out = new double[e.length];
        Svf f = new Svf();
        double dt = hz / SR;
        double dt2 = dt * StrictMath.pow(2, 6 / 1200.0);
        double envF = 1;
        double fMul = StrictMath.exp(-1.0 / (0.07 * SR));
        for (int i = 0; i < out.length; i++) {
            if (i % 16 == 0) f.set(700 + 5200 * envF * vel, 1.4);
            double s = 0.6 * Osc.saw(i * dt, dt) + 0.4 * Osc.square(i * dt2, dt2);
            out[i] = f.lowpass(s) * e[i] * vel;
            envF *= fMul;
        }
        return out;
    }
}
