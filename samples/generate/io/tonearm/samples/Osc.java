package io.tonearm.samples;

/** Oscillator primitives. Phases are in cycles. */
final class Osc {
    private static final int TABLE = 4096;
    private static final double[] SINE = new double[TABLE + 1];
    static {
        for (int i = 0; i <= TABLE; i++) SINE[i] = StrictMath.sin(2 * Math.PI * i / TABLE);
    }

    static double sin(double phase) {
        double p = phase - Math.floor(phase);
        double x = p * TABLE;
        int i = (int) x;
        if (i >= TABLE) return 0; // p rounded up to 1.0
        return SINE[i] + (x - i) * (SINE[i + 1] - SINE[i]);
    }

    /** Band-limited step correction (polyBLEP) for discontinuities at phase 0. */
    static double blep(double t, double dt) {
        if (t < dt) {
            t /= dt;
            return t + t - t * t - 1;
        }
        if (t > 1 - dt) {
            t = (t - 1) / dt;
            return t * t + t + t + 1;
        }
        return 0;
    }

    static double saw(double phase, double dt) {
        double p = phase - Math.floor(phase);
        return 2 * p - 1 - blep(p, dt);
    }

    static double square(double phase, double dt) {
        double p = phase - Math.floor(phase);
        double q = p + 0.5 - Math.floor(p + 0.5);
        return (p < 0.5 ? 1 : -1) + blep(p, dt) - blep(q, dt);
    }
}
