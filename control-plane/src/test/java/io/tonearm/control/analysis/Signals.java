package io.tonearm.control.analysis;

import java.util.Random;

/** Test signals: sines at a level in dBFS, click tracks at a tempo, silence. */
final class Signals {

    private Signals() {
    }

    static float[] sine(int rate, double seconds, double hz, double dbfs) {
        float[] x = new float[(int) Math.round(rate * seconds)];
        double amplitude = Math.pow(10, dbfs / 20);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return x;
    }

    static Pcm stereo(int rate, float[] left) {
        return new Pcm(rate, new float[][]{left, left.clone()});
    }

    static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Decaying noise bursts (30 ms) on every beat, over a quiet noise floor. */
    static float[] clicks(int rate, double seconds, double bpm, double level, long seed) {
        Random random = new Random(seed);
        float[] x = new float[(int) Math.round(rate * seconds)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.001 * (random.nextDouble() * 2 - 1));
        }
        double period = 60.0 / bpm * rate;
        int burst = (int) (0.03 * rate);
        for (double beat = 0; beat < x.length; beat += period) {
            int start = (int) Math.round(beat);
            for (int i = 0; i < burst && start + i < x.length; i++) {
                x[start + i] += (float) (level * Math.exp(-i / (0.006 * rate)) * (random.nextDouble() * 2 - 1));
            }
        }
        return x;
    }
}
