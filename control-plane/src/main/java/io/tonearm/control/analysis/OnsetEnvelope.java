package io.tonearm.control.analysis;

/**
 * Onset strength over time: the positive spectral flux of the log-magnitude spectrum (Hann
 * window of ~46 ms, hop of ~11.6 ms at any rate), summed over bins. A rising note or a drum hit
 * makes it jump; a held tone keeps it near zero. Thread-safe.
 */
public final class OnsetEnvelope {

    private OnsetEnvelope() {
    }

    /** The envelope and its frame rate (envelope values per second). */
    public record Envelope(double[] strength, double frameRate) {
    }

    public static Envelope of(float[] mono, int sampleRate) {
        int window = Integer.highestOneBit(Math.max(256, (int) (sampleRate * 0.046)));
        int hop = window / 4;
        int frames = mono.length < window ? 0 : 1 + (mono.length - window) / hop;
        double[] hann = new double[window];
        for (int i = 0; i < window; i++) {
            hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / window);
        }
        int bins = window / 2;
        double[] previous = new double[bins];
        double[] strength = new double[frames];
        double[] re = new double[window];
        double[] im = new double[window];
        for (int f = 0; f < frames; f++) {
            int start = f * hop;
            for (int i = 0; i < window; i++) {
                re[i] = mono[start + i] * hann[i];
                im[i] = 0;
            }
            Fft.transform(re, im);
            double flux = 0;
            for (int b = 1; b < bins; b++) {
                double magnitude = Math.log1p(1000 * Math.hypot(re[b], im[b]));
                if (f > 0 && magnitude > previous[b]) {
                    flux += magnitude - previous[b];
                }
                previous[b] = magnitude;
            }
            strength[f] = flux;
        }
        return new Envelope(strength, (double) sampleRate / hop);
    }
}
