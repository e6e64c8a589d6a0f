package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

/** Round bass: sine with a little second and third harmonic, gently saturated. */
final class SubBass implements Voice {
    private final Adsr env;
    private final double drive;

    SubBass(Adsr env, double drive) {
        this.env = env;
        this.drive = drive;
    }

    public double[] play(double hz, int gate, double vel) {
        double[] e = env.curve(gate);
        double[] out = new double[e.length];
        double dt = hz / SR;
        for (int i = 0; i < out.length; i++) {
            double ph = i * dt;
            double s = Osc.sin(ph) + 0.3 * Osc.sin(2 * ph) + 0.1 * Osc.sin(3 * ph);
            out[i] = Effects.softClip(drive * s * 0.7) * e[i] * vel;
        }
        return out;
    }
}
