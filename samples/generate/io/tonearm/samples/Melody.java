package io.tonearm.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * Melody writer: a four-bar phrase of rhythm cells (A B A cadence), chord tones on strong
 * beats, stepwise scale motion between them, ending on the tonic.
 */
final class Melody {
    record Note(double start, double length, int midi, double velocity) {}

    /** Rhythm cells: {beat, length} pairs within one bar. */
    static final double[][][] RELAXED = {
            {{0, 1.5}, {1.5, 0.5}, {2, 2}}, {{0.5, 1}, {1.5, 1.5}, {3, 1}},
            {{0, 1}, {1, 0.5}, {1.5, 2.5}}, {{1, 1}, {2, 0.5}, {2.5, 1.5}}};
    static final double[][][] LIVELY = {
            {{0, 0.5}, {0.5, 0.5}, {1, 1}, {2, 0.5}, {2.5, 1.5}}, {{0, 1}, {1, 0.5}, {1.5, 1}, {2.5, 0.5}, {3, 1}},
            {{0.5, 0.5}, {1, 0.5}, {1.5, 1.5}, {3, 0.5}, {3.5, 0.5}}, {{0, 1.5}, {1.5, 0.5}, {2, 1}, {3, 1}}};
    static final double[][][] SPARSE = {
            {{0, 3}}, {{0.5, 1.5}, {2, 2}}, {{1, 3}}, {{0, 1}, {1, 3}}};
    static final double[][] CADENCE = {{0, 1}, {1, 3}};

    static List<Note> compose(Song s, int firstBar, int lastBar, int lo, int hi, double[][][] cells) {
        double[][] a = cells[s.rng.nextInt(cells.length)];
        double[][] b = cells[s.rng.nextInt(cells.length)];
        List<Note> out = new ArrayList<>();
        int prev = nearestChordTone(s.chordAt(firstBar), (lo + hi) / 2, (lo + hi) / 2, lo, hi);
        for (int bar = firstBar; bar <= lastBar; bar++) {
            int inPhrase = (bar - firstBar) % 4;
            boolean finalBar = bar == lastBar;
            double[][] rhythm = finalBar ? new double[][] {{0, 3.5}}
                    : inPhrase == 3 ? CADENCE : inPhrase == 1 ? b : a;
            Chord chord = s.chordAt(bar);
            for (double[] cell : rhythm) {
                int midi;
                boolean strong = cell[0] == Math.floor(cell[0]) && ((int) cell[0]) % 2 == 0 || cell[1] >= 1.5;
                if (finalBar) {
                    midi = nearestTonic(s.key, prev, lo, hi);
                } else if (strong) {
                    int target = prev + (s.rng.nextInt(5) - 2) * 2;
                    midi = nearestChordTone(chord, target, prev, lo, hi);
                } else {
                    int step = s.rng.nextBoolean() ? 1 : -1;
                    if (prev >= hi - 2) step = -1;
                    if (prev <= lo + 2) step = 1;
                    int from = s.key.contains(prev) ? prev : s.key.step(prev, -1);
                    midi = s.key.step(from, step * (s.rng.nextDouble() < 0.25 ? 2 : 1));
                }
                double vel = (cell[0] == 0 ? 0.9 : 0.72) * (0.9 + 0.1 * s.rng.nextDouble());
                out.add(new Note(s.t(bar, cell[0]), s.beats(cell[1]) * 0.92, midi, vel));
                prev = midi;
            }
        }
        return out;
    }

    static int nearestChordTone(Chord c, int target, int avoid, int lo, int hi) {
        int best = -1;
        for (int n = lo; n <= hi; n++) {
            if (!c.isChordTone(n)) continue;
            int cost = Math.abs(n - target) * 2 + (n == avoid ? 3 : 0);
            if (best < 0 || cost < Math.abs(best - target) * 2 + (best == avoid ? 3 : 0)) best = n;
        }
        return best;
    }

    static int nearestTonic(Key k, int prev, int lo, int hi) {
        int best = -1;
        for (int n = lo; n <= hi; n++) {
            if (Math.floorMod(n - k.tonic(), 12) == 0 && (best < 0 || Math.abs(n - prev) < Math.abs(best - prev))) best = n;
        }
        return best;
    }
}
