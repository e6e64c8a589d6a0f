package io.tonearm.control.analysis;

import java.util.OptionalDouble;

/**
 * Tempo from the autocorrelation of the onset-strength envelope: the envelope is centred, its
 * autocorrelation is taken for lags between 40 and 240 BPM, weighted by a log-normal prior
 * around 120 BPM with one octave of spread (as librosa's {@code beat.tempo} does, so that the
 * metrical level a listener taps is preferred over its double or half), and the best lag is
 * refined by parabolic interpolation. Empty when the envelope is flat (no onsets) or shorter than
 * a few beats. Thread-safe.
 */
public final class TempoEstimator {

    static final double MIN_BPM = 40;
    static final double MAX_BPM = 240;
    private static final double PRIOR_BPM = 120;

    private TempoEstimator() {
    }

    public static OptionalDouble bpm(OnsetEnvelope.Envelope envelope) {
        double[] x = envelope.strength();
        double rate = envelope.frameRate();
        int minLag = (int) Math.floor(60 * rate / MAX_BPM);
        int maxLag = (int) Math.ceil(60 * rate / MIN_BPM);
        if (x.length < 2 * maxLag) {
            return OptionalDouble.empty();
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double[] c = new double[x.length];
        double energy = 0;
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i] - mean;
            energy += c[i] * c[i];
        }
        if (energy < 1e-9 * x.length) {
            return OptionalDouble.empty();
        }
        double[] acf = new double[maxLag + 2];
        for (int lag = Math.max(1, minLag - 1); lag <= maxLag + 1 && lag < x.length; lag++) {
            double sum = 0;
            for (int i = lag; i < x.length; i++) {
                sum += c[i] * c[i - lag];
            }
            acf[lag] = sum / (x.length - lag);
        }
        int best = -1;
        double bestScore = 0;
        for (int lag = Math.max(2, minLag); lag <= maxLag; lag++) {
            boolean peak = acf[lag] > 0 && acf[lag] >= acf[lag - 1] && acf[lag] >= acf[lag + 1];
            if (!peak) {
                continue;
            }
            double bpm = 60 * rate / lag;
            double octaves = Math.log(bpm / PRIOR_BPM) / Math.log(2);
            double score = acf[lag] * Math.exp(-0.5 * octaves * octaves);
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        if (best < 0) {
            return OptionalDouble.empty();
        }
        double left = acf[best - 1];
        double mid = acf[best];
        double right = acf[best + 1];
        double denominator = left - 2 * mid + right;
        double offset = denominator == 0 ? 0 : 0.5 * (left - right) / denominator;
        double lag = best + Math.max(-0.5, Math.min(0.5, offset));
        return OptionalDouble.of(60 * rate / lag);
    }
}
