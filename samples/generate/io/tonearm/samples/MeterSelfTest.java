package io.tonearm.samples;

import java.util.Locale;

/**
 * Checks the meter against the K-weighting table of BS.1770-4 (48 kHz) and the EBU Tech 3341
 * (v4) minimum-requirement signals 1 to 5 (1 kHz stereo sines, expected value ±0.1 LU), at
 * 48 kHz and 44.1 kHz, plus a 997 Hz variant and BS.1770's statement that a 0 dBFS 1 kHz sine
 * in one channel reads -3.01 LKFS.
 */
final class MeterSelfTest {
    static boolean run() {
        boolean ok = true;
        double[][] kw = LoudnessMeter.kWeighting(48000);
        double[][] table = {
                {1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585},
                {1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621}};
        double worst = 0;
        for (int f = 0; f < 2; f++) {
            for (int c = 0; c < 5; c++) worst = Math.max(worst, Math.abs(kw[f][c] - table[f][c]));
        }
        ok &= report("K-weighting at 48 kHz vs BS.1770-4 Tables 1-2 (max |diff| %.1e)".formatted(worst), worst < 1e-8);
        double[][] k44 = LoudnessMeter.kWeighting(44100);
        System.out.printf(Locale.ROOT, "    44.1 kHz shelf  b=%.14f %.14f %.14f a=1 %.14f %.14f%n",
                k44[0][0], k44[0][1], k44[0][2], k44[0][3], k44[0][4]);
        System.out.printf(Locale.ROOT, "    44.1 kHz RLB HP b=1 -2 1 a=1 %.14f %.14f%n", k44[1][3], k44[1][4]);
        for (int fs : new int[] {48000, 44100}) {
            ok &= check(fs, "Tech 3341 #1: 1 kHz -23 dBFS, 20 s", -23.0, 1000, new double[][] {{-23, 20}});
            ok &= check(fs, "Tech 3341 #2: 1 kHz -33 dBFS, 20 s", -33.0, 1000, new double[][] {{-33, 20}});
            ok &= check(fs, "Tech 3341 #3: -36/-23/-36 dBFS, 10/60/10 s", -23.0, 1000,
                    new double[][] {{-36, 10}, {-23, 60}, {-36, 10}});
            ok &= check(fs, "Tech 3341 #4: -72/-36/-23/-36/-72 dBFS", -23.0, 1000,
                    new double[][] {{-72, 10}, {-36, 10}, {-23, 60}, {-36, 10}, {-72, 10}});
            ok &= check(fs, "Tech 3341 #5: -26/-20/-26 dBFS, 20/20.1/20 s", -23.0, 1000,
                    new double[][] {{-26, 20}, {-20, 20.1}, {-26, 20}});
            ok &= check(fs, "997 Hz -23 dBFS stereo, 20 s", -23.0, 997, new double[][] {{-23, 20}});
            double[][] left = {sine(fs, 1000, 0, 20), new double[fs * 20]};
            double l = LoudnessMeter.integrated(left, fs);
            ok &= report(String.format(Locale.ROOT, "%d Hz  BS.1770: 0 dBFS 1 kHz, left only -> -3.01 LKFS: %.3f", fs, l),
                    Math.abs(l + 3.01) <= 0.05);
        }
        System.out.println(ok ? "loudness meter: all checks passed" : "loudness meter: FAILED");
        return ok;
    }

    private static boolean check(int fs, String name, double expected, double hz, double[][] segments) {
        int total = 0;
        for (double[] s : segments) total += (int) Math.round(s[1] * fs);
        double[] x = new double[total];
        int at = 0;
        for (double[] s : segments) {
            double[] part = sine(fs, hz, s[0], s[1]);
            System.arraycopy(part, 0, x, at, part.length);
            at += part.length;
        }
        double measured = LoudnessMeter.integrated(new double[][] {x, x}, fs);
        return report(String.format(Locale.ROOT, "%d Hz  %-45s expect %6.1f  got %8.3f", fs, name, expected, measured),
                Math.abs(measured - expected) <= 0.1);
    }

    private static double[] sine(int fs, double hz, double dbfs, double seconds) {
        double amp = Math.pow(10, dbfs / 20);
        double[] x = new double[(int) Math.round(seconds * fs)];
        for (int i = 0; i < x.length; i++) x[i] = amp * Math.sin(2 * Math.PI * hz * i / fs);
        return x;
    }

    private static boolean report(String line, boolean pass) {
        System.out.println((pass ? "  ok    " : "  FAIL  ") + line);
        return pass;
    }
}
