package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

/** Synth-pop bass: saw plus sub sine through a resonant low-pass with a plucky envelope. */
final class SawBass implements Voice {
    public double[] play(double hz, int gate, double vel) {
        double[] e = new Adsr(0.003, 0.18, 0.6, 0.05).curve(gate);
        double[] out = new double[e.length];
        Svf f = new Svf();
        double dt = hz / SR;
        double envF = 1;
        double fMul = StrictMath.exp(-1.0 / (0.09 * SR));
        for (int i = 0; i < out.length; i++) {
            if (i % 16 == 0) f.set(180 + 1400 * envF * vel, 1.1);
            double s = 0.7 * Osc.saw(i * dt, dt) + 0.6 * Osc.sin(i * dt);
            out[i] = f.lowpass(s) * e[i] * vel;
            envF *= fMul;
        }
        return out;
    }
}
