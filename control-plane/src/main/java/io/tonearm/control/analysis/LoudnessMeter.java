package io.tonearm.control.analysis;

import java.util.OptionalDouble;

/**
 * Integrated loudness after ITU-R BS.1770-4 (EBU R 128): K-weighting (a high-shelf "pre-filter"
 * and the RLB high-pass, designed for any sample rate from the analogue prototypes as libebur128
 * does, equal to the standard's 48 kHz coefficients at 48 kHz), mean square per channel over 400 ms
 * blocks with 75 % overlap, channel weights 1.0 (L, R, C) and 1.41 (surround channels 4 and 5 of
 * a 5-channel layout, or 5 and 6 of 6 channels: the LFE at index 3 weighs 0), then the absolute
 * gate at −70 LUFS and the relative gate 10 LU below the absolutely-gated mean.
 * Thread-safe: no state outside a call.
 */
public final class LoudnessMeter {

    /** BS.1770-4 §2.5, absolute gate. */
    public static final double ABSOLUTE_GATE_LUFS = -70.0;
    /** BS.1770-4 §2.5, relative gate offset. */
    public static final double RELATIVE_GATE_LU = -10.0;

    private LoudnessMeter() {
    }

    /** Integrated loudness in LUFS, or empty when every block is below the absolute gate (silence) or the audio is shorter than one block. */
    public static OptionalDouble integrated(Pcm pcm) {
        int rate = pcm.sampleRate();
        int block = (int) Math.round(rate * 0.4);
        int step = (int) Math.round(rate * 0.1);
        int frames = pcm.frames();
        if (frames < block) {
            return OptionalDouble.empty();
        }
        int steps = frames / step;
        // Sum of squares of the K-weighted signal per 100 ms step, per channel, weighted.
        double[] stepEnergy = new double[steps];
        for (int c = 0; c < pcm.channelCount(); c++) {
            double weight = weight(c, pcm.channelCount());
            if (weight == 0) {
                continue;
            }
            double[] k = kWeighted(pcm.channels()[c], rate);
            for (int s = 0; s < steps; s++) {
                double sum = 0;
                for (int i = s * step, end = i + step; i < end; i++) {
                    sum += k[i] * k[i];
                }
                stepEnergy[s] += weight * sum;
            }
        }
        int blocksPerStep = block / step; // 4: 400 ms blocks advancing by 100 ms (75 % overlap)
        int blocks = steps - blocksPerStep + 1;
        double[] blockPower = new double[Math.max(blocks, 0)];
        for (int b = 0; b < blocks; b++) {
            double sum = 0;
            for (int s = b; s < b + blocksPerStep; s++) {
                sum += stepEnergy[s];
            }
            blockPower[b] = sum / (blocksPerStep * step);
        }
        double absoluteGate = power(ABSOLUTE_GATE_LUFS);
        double mean = gatedMean(blockPower, absoluteGate);
        if (Double.isNaN(mean)) {
            return OptionalDouble.empty();
        }
        double relativeGate = mean * Math.pow(10, RELATIVE_GATE_LU / 10);
        double gated = gatedMean(blockPower, Math.max(absoluteGate, relativeGate));
        return OptionalDouble.of(lufs(gated));
    }

    private static double gatedMean(double[] powers, double threshold) {
        double sum = 0;
        int n = 0;
        for (double p : powers) {
            if (p > threshold) {
                sum += p;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    static double lufs(double power) {
        return -0.691 + 10 * Math.log10(power);
    }

    static double power(double lufs) {
        return Math.pow(10, (lufs + 0.691) / 10);
    }

    private static double weight(int channel, int channels) {
        if (channels == 6) {
            return channel == 3 ? 0 : channel >= 4 ? 1.41 : 1.0;
        }
        if (channels == 5) {
            return channel >= 3 ? 1.41 : 1.0;
        }
        return 1.0;
    }

    /** The channel through both K-weighting stages (two biquads in cascade). */
    static double[] kWeighted(float[] x, int rate) {
        double[][] stages = {shelf(rate), highPass(rate)};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i];
        }
        for (double[] f : stages) {
            double b0 = f[0], b1 = f[1], b2 = f[2], a1 = f[3], a2 = f[4];
            double z1 = 0, z2 = 0;
            for (int i = 0; i < y.length; i++) {
                double in = y[i];
                double out = b0 * in + z1;
                z1 = b1 * in - a1 * out + z2;
                z2 = b2 * in - a2 * out;
                y[i] = out;
            }
        }
        return y;
    }

    /** Stage 1, the high shelf (+4 dB above ~1.5 kHz): {b0, b1, b2, a1, a2}. */
    static double[] shelf(int rate) {
        double f0 = 1681.974450955533;
        double g = 3.999843853973347;
        double q = 0.7071752369554196;
        double k = Math.tan(Math.PI * f0 / rate);
        double vh = Math.pow(10, g / 20);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1 + k / q + k * k;
        return new double[]{(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
    }

    /** Stage 2, the RLB high-pass (~38 Hz): {b0, b1, b2, a1, a2}. */
    static double[] highPass(int rate) {
        double f0 = 38.13547087602444;
        double q = 0.5003270373238773;
        double k = Math.tan(Math.PI * f0 / rate);
        double a0 = 1 + k / q + k * k;
        return new double[]{1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0};
    }
}
