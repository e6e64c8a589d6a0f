package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

import java.util.Random;

/**
 * Plucked string by Karplus-Strong: a filtered noise burst circulates in a delay line one
 * period long, with a two-point average as the loss filter and an all-pass for exact tuning.
 */
final class PluckedString implements Voice {
    private final Random rng;
    private final double brightness;
    private final double ringSeconds;

    PluckedString(Random rng, double brightness, double ringSeconds) {
        this.rng = rng;
        this.brightness = brightness;
        this.ringSeconds = ringSeconds;
    }

    public double[] play(double hz, int gate, double vel) {
        int rel = (int) (0.25 * SR);
        double[] out = new double[gate + rel];
        double period = SR / hz;
        int n = (int) Math.floor(period - 0.5);
        double frac = period - 0.5 - n;
        double apc = (1 - frac) / (1 + frac);
        double[] line = new double[n];
        double lp = 0;
        double smooth = 1 - brightness * (0.5 + 0.5 * vel);
        double mean = 0;
        for (int i = 0; i < n; i++) {
            lp = lp * smooth + (1 - smooth) * (rng.nextDouble() * 2 - 1);
            line[i] = lp;
            mean += lp;
        }
        mean /= n;
        for (int i = 0; i < n; i++) line[i] = (line[i] - mean) * 1.6;
        double ring = StrictMath.pow(0.001, 1.0 / (ringSeconds * hz));
        double damped = StrictMath.pow(0.001, 1.0 / (0.25 * hz));
        double prev = 0;
        double apIn = 0;
        double apOut = 0;
        int idx = 0;
        for (int i = 0; i < out.length; i++) {
            double y = line[idx];
            double avg = 0.5 * (y + prev) * (i < gate ? ring : damped);
            prev = y;
            double ap = apc * avg + apIn - apc * apOut; // first-order all-pass, fractional delay
            apIn = avg;
            apOut = ap;
            line[idx] = ap;
            idx = idx + 1 == n ? 0 : idx + 1;
            out[i] = y * vel * (i >= out.length - 256 ? (out.length - i) / 256.0 : 1);
        }
        return out;
    }
}
