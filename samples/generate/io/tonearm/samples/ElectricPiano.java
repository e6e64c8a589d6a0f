package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

/** Tine piano by two-operator FM (ratio 1:1, decaying index) plus a short metallic tine. */
final class ElectricPiano implements Voice {
    public double[] play(double hz, int gate, double vel) {
        double decay = 1.9 * StrictMath.pow(261.6 / hz, 0.5);
        double[] env = new Adsr(0.003, decay, 0.0, 0.28).curve(gate);
        double[] out = new double[env.length];
        double idx = 0.5 + 1.5 * vel;
        double idxMul = StrictMath.exp(-1.0 / (0.25 * SR));
        double tine = 0.06 * vel;
        double tineMul = StrictMath.exp(-1.0 / (0.03 * SR));
        double dt = hz / SR;
        boolean tineAudible = hz * 14 < 16000;
        for (int i = 0; i < out.length; i++) {
            double ph = i * dt;
            double mod = Osc.sin(ph);
            double s = Osc.sin(ph + (0.25 + idx) * mod / (2 * Math.PI));
            if (tineAudible) s += tine * Osc.sin(ph * 14);
            out[i] = s * env[i] * vel;
            idx *= idxMul;
            tine *= tineMul;
        }
        return out;
    }
}
