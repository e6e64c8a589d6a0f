package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

/** Biquad in transposed direct form II; RBJ cookbook designs, or raw coefficients (a0 = 1). */
final class Biquad {
    final double b0, b1, b2, a1, a2;
    private double z1, z2;

    Biquad(double b0, double b1, double b2, double a1, double a2) {
        this.b0 = b0;
        this.b1 = b1;
        this.b2 = b2;
        this.a1 = a1;
        this.a2 = a2;
    }

    private static Biquad rbj(double b0, double b1, double b2, double a0, double a1, double a2) {
        return new Biquad(b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0);
    }

    static Biquad lowpass(double hz, double q) {
        double w = 2 * Math.PI * hz / SR, c = StrictMath.cos(w), alpha = StrictMath.sin(w) / (2 * q);
        return rbj((1 - c) / 2, 1 - c, (1 - c) / 2, 1 + alpha, -2 * c, 1 - alpha);
    }

    static Biquad highpass(double hz, double q) {
        double w = 2 * Math.PI * hz / SR, c = StrictMath.cos(w), alpha = StrictMath.sin(w) / (2 * q);
        return rbj((1 + c) / 2, -(1 + c), (1 + c) / 2, 1 + alpha, -2 * c, 1 - alpha);
    }

    /** Band-pass with 0 dB peak gain. */
    static Biquad bandpass(double hz, double q) {
        double w = 2 * Math.PI * hz / SR, c = StrictMath.cos(w), alpha = StrictMath.sin(w) / (2 * q);
        return rbj(alpha, 0, -alpha, 1 + alpha, -2 * c, 1 - alpha);
    }

    Biquad copy() {
        return new Biquad(b0, b1, b2, a1, a2);
    }

    double process(double x) {
        double y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        return y;
    }

    void processInPlace(double[] x) {
        for (int i = 0; i < x.length; i++) x[i] = process(x[i]);
    }
}
