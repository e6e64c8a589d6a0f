package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

/** Lead: two detuned saws and a square, vibrato that fades in, softened by a low-pass. */
final class Lead implements Voice {
    public double[] play(double hz, int gate, double vel) {
        double[] e = new Adsr(0.012, 0.35, 0.7, 0.16).curve(gate);
        double[] out = new double[e.length];
        Svf f = new Svf();
        f.set(3200, 0.8);
        double[] ph = new double[3];
        double[] ratio = {StrictMath.pow(2, -6 / 1200.0), StrictMath.pow(2, 6 / 1200.0), 0.5};
        for (int i = 0; i < out.length; i++) {
            double t = i / (double) SR;
            double vib = 1 + 0.0045 * Math.min(1, t / 0.35) * Osc.sin(5.4 * t);
            double s = 0;
            for (int v = 0; v < 3; v++) {
                double dt = hz * ratio[v] * vib / SR;
                s += v < 2 ? 0.4 * Osc.saw(ph[v], dt) : 0.3 * Osc.square(ph[v], dt);
                ph[v] += dt;
            }
            out[i] = f.lowpass(s) * e[i] * vel;
        }
        return out;
    }
}
