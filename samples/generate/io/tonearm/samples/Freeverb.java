package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

/**
 * Freeverb (Jezar's Schroeder-Moorer design): eight damped feedback combs in parallel,
 * four all-passes in series, per channel; the right channel's lines are 23 samples longer.
 * Tunings are for 44.1 kHz.
 */
final class Freeverb {
    static Stereo render(Stereo send, double room, double damp, double width, double preDelaySec) {
        int[] combs = {1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617};
        int[] allpasses = {556, 441, 341, 225};
        int spread = 23;
        double feedback = room * 0.28 + 0.7;
        double damping = damp * 0.4;
        int pre = (int) (preDelaySec * SR);
        int n = send.l.length;
        double[] in = new double[n];
        for (int i = pre; i < n; i++) in[i] = (send.l[i - pre] + send.r[i - pre]) * 0.015;
        double[][] wet = new double[2][];
        for (int ch = 0; ch < 2; ch++) {
            int off = ch == 0 ? 0 : spread;
            double[] acc = new double[n];
            for (int c : combs) {
                double[] buf = new double[c + off];
                double store = 0;
                int p = 0;
                for (int i = 0; i < n; i++) {
                    double out = buf[p];
                    store = out * (1 - damping) + store * damping;
                    buf[p] = in[i] + store * feedback;
                    p = p + 1 == buf.length ? 0 : p + 1;
                    acc[i] += out;
                }
            }
            for (int a : allpasses) {
                double[] buf = new double[a + off];
                int p = 0;
                for (int i = 0; i < n; i++) {
                    double bo = buf[p];
                    double out = -acc[i] + bo;
                    buf[p] = acc[i] + bo * 0.5;
                    p = p + 1 == buf.length ? 0 : p + 1;
                    acc[i] = out;
                }
            }
            wet[ch] = acc;
        }
        Stereo out = new Stereo(n);
        double w1 = (width / 2 + 0.5) * 3;
        double w2 = ((1 - width) / 2) * 3;
        for (int i = 0; i < n; i++) {
            out.l[i] = wet[0][i] * w1 + wet[1][i] * w2;
            out.r[i] = wet[1][i] * w1 + wet[0][i] * w2;
        }
        return out;
    }

    private Freeverb() {
    }
}
