package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

/** State-variable filter (Simper's trapezoidal form): stable under fast cutoff changes. */
final class Svf {
    private double ic1, ic2, a1, a2, a3;

    void set(double hz, double q) {
        double g = StrictMath.tan(Math.PI * Math.min(hz, 0.45 * SR) / SR);
        double k = 1 / q;
        a1 = 1 / (1 + g * (g + k));
        a2 = g * a1;
        a3 = g * a2;
    }

    double lowpass(double v0) {
        double v3 = v0 - ic2;
        double v1 = a1 * ic1 + a2 * v3;
        double v2 = ic2 + a2 * ic1 + a3 * v3;
        ic1 = 2 * v1 - ic1;
        ic2 = 2 * v2 - ic2;
        return v2;
    }
}
