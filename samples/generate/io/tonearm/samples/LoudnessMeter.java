package io.tonearm.samples;

/**
 * Integrated loudness per ITU-R BS.1770-4 for mono or stereo (channel weights 1.0).
 *
 * <p>K-weighting is the standard's two biquads: a high-shelf pre-filter (+4 dB above ~1.7 kHz,
 * modelling the head) and the RLB high-pass (~38 Hz). The standard tabulates their
 * coefficients at 48 kHz only; here they are derived for any rate from the analog prototype
 * parameters that reproduce the 48 kHz table (the derivation libebur128 uses), and
 * {@link MeterSelfTest} checks they match that table. Then: mean square per channel over
 * 400 ms blocks with 75 % overlap; block loudness -0.691 + 10 log10(sum of channel powers);
 * absolute gate -70 LUFS; relative gate 10 LU below the mean of the blocks passing it.
 */
final class LoudnessMeter {
    static final double ABSOLUTE_GATE_LUFS = -70.0;
    static final double RELATIVE_GATE_LU = -10.0;

    /** {shelf b0,b1,b2,a1,a2}, {high-pass b0,b1,b2,a1,a2} for sample rate {@code fs}. */
    static double[][] kWeighting(double fs) {
        double f0 = 1681.974450955533;
        double gainDb = 3.999843853973347;
        double q = 0.7071752369554196;
        double k = StrictMath.tan(Math.PI * f0 / fs);
        double vh = StrictMath.pow(10.0, gainDb / 20.0);
        double vb = StrictMath.pow(vh, 0.4996667741545416);
        double a0 = 1.0 + k / q + k * k;
        double[] shelf = {
                (vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
        f0 = 38.13547087602444;
        q = 0.5003270373238773;
        k = StrictMath.tan(Math.PI * f0 / fs);
        double d = 1.0 + k / q + k * k;
        double[] highpass = {1.0, -2.0, 1.0, 2.0 * (k * k - 1.0) / d, (1.0 - k / q + k * k) / d};
        return new double[][] {shelf, highpass};
    }

    /** Integrated loudness in LUFS of channels in [-1, 1]; -infinity if every block is gated. */
    static double integrated(double[][] channels, double fs) {
        double[][] kw = kWeighting(fs);
        int n = channels[0].length;
        int block = (int) Math.round(0.4 * fs);
        int hop = (int) Math.round(0.1 * fs);
        int blocks = n < block ? 0 : (n - block) / hop + 1;
        double[] power = new double[blocks];
        for (double[] ch : channels) {
            Biquad shelf = new Biquad(kw[0][0], kw[0][1], kw[0][2], kw[0][3], kw[0][4]);
            Biquad hp = new Biquad(kw[1][0], kw[1][1], kw[1][2], kw[1][3], kw[1][4]);
            double[] prefix = new double[n + 1];
            for (int i = 0; i < n; i++) {
                double y = hp.process(shelf.process(ch[i]));
                prefix[i + 1] = prefix[i] + y * y;
            }
            for (int j = 0; j < blocks; j++) {
                power[j] += (prefix[j * hop + block] - prefix[j * hop]) / block;
            }
        }
        double sum = 0;
        int count = 0;
        for (double p : power) {
            if (lufs(p) > ABSOLUTE_GATE_LUFS) {
                sum += p;
                count++;
            }
        }
        if (count == 0) return Double.NEGATIVE_INFINITY;
        double relativeGate = lufs(sum / count) + RELATIVE_GATE_LU;
        sum = 0;
        count = 0;
        for (double p : power) {
            double l = lufs(p);
            if (l > ABSOLUTE_GATE_LUFS && l > relativeGate) {
                sum += p;
                count++;
            }
        }
        return lufs(sum / count);
    }

    private static double lufs(double power) {
        return -0.691 + 10 * Math.log10(power);
    }
}
