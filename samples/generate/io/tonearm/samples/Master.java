package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.PEAK_CEILING_DBFS;
import static io.tonearm.samples.SampleSynth.SR;

import java.util.Random;

/** Final stage: rumble filter, fades, peak normalisation, TPDF dither to 16 bits. */
final class Master {
    static final double FADE_IN_SEC = 0.25;
    static final double FADE_OUT_SEC = 2.5;

    static short[][] finish(Stereo mix, long seed) {
        Effects.highpass(mix, 28, 0.7);
        int n = mix.l.length;
        int fin = (int) (FADE_IN_SEC * SR);
        int fout = (int) (FADE_OUT_SEC * SR);
        for (int i = 0; i < n; i++) {
            double g = 1;
            if (i < fin) g *= 0.5 - 0.5 * Osc.sin(0.25 + 0.5 * i / (double) fin);
            int fromEnd = n - 1 - i;
            if (fromEnd < fout) g *= 0.5 - 0.5 * Osc.sin(0.25 + 0.5 * fromEnd / (double) fout);
            mix.l[i] *= g;
            mix.r[i] *= g;
        }
        double peak = 1e-9;
        for (int i = 0; i < n; i++) peak = Math.max(peak, Math.max(Math.abs(mix.l[i]), Math.abs(mix.r[i])));
        double gain = StrictMath.pow(10, PEAK_CEILING_DBFS / 20) / peak * 32767;
        Random dither = new Random(seed ^ 0x5EEDL);
        short[][] pcm = new short[2][n];
        for (int i = 0; i < n; i++) {
            pcm[0][i] = quantise(mix.l[i] * gain + dither.nextDouble() - dither.nextDouble());
            pcm[1][i] = quantise(mix.r[i] * gain + dither.nextDouble() - dither.nextDouble());
        }
        return pcm;
    }

    private static short quantise(double x) {
        long v = Math.round(x);
        if (v > 32767 || v < -32768) throw new IllegalStateException("clipped sample " + x);
        return (short) v;
    }

    static double[][] toDouble(short[][] pcm) {
        double[][] out = new double[pcm.length][pcm[0].length];
        for (int c = 0; c < pcm.length; c++) {
            for (int i = 0; i < pcm[c].length; i++) out[c][i] = pcm[c][i] / 32768.0;
        }
        return out;
    }

    static double peakDbfs(short[][] pcm) {
        int peak = 1;
        for (short[] ch : pcm) for (short v : ch) peak = Math.max(peak, Math.abs((int) v));
        return 20 * Math.log10(peak / 32768.0);
    }
}
