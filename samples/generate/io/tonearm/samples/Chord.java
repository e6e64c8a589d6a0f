package io.tonearm.samples;

import java.util.Arrays;
import java.util.Map;

/** A chord symbol such as {@code Bbmaj7}: root pitch class plus intervals above it. */
record Chord(int root, int[] intervals) {
    private static final Map<String, int[]> QUALITIES = Map.ofEntries(
            Map.entry("", new int[] {0, 4, 7}), Map.entry("m", new int[] {0, 3, 7}),
            Map.entry("7", new int[] {0, 4, 7, 10}), Map.entry("maj7", new int[] {0, 4, 7, 11}),
            Map.entry("m7", new int[] {0, 3, 7, 10}), Map.entry("m9", new int[] {0, 3, 7, 10, 14}),
            Map.entry("maj9", new int[] {0, 4, 7, 11, 14}), Map.entry("add9", new int[] {0, 4, 7, 14}),
            Map.entry("sus2", new int[] {0, 2, 7}), Map.entry("sus4", new int[] {0, 5, 7}),
            Map.entry("7sus4", new int[] {0, 5, 7, 10}));

    static Chord parse(String symbol) {
        int split = symbol.length() > 1 && (symbol.charAt(1) == '#' || symbol.charAt(1) == 'b') ? 2 : 1;
        int[] iv = QUALITIES.get(symbol.substring(split));
        if (iv == null) throw new IllegalArgumentException("unknown chord " + symbol);
        return new Chord(Pitch.pitchClass(symbol.substring(0, split)), iv);
    }

    /** Nearest root to {@code around}: the bass note. */
    int bassNote(int around) {
        int n = around - 6 + Math.floorMod(root - (around - 6), 12);
        return n;
    }

    /** Chord tones stacked above the root, shifted by octaves so their mean sits near {@code centre}. */
    int[] upperVoicing(int centre) {
        int[] iv = intervals.length >= 4 ? Arrays.copyOfRange(intervals, 1, intervals.length) : intervals;
        int base = bassNote(centre);
        double mean = 0;
        for (int i : iv) mean += i;
        mean /= iv.length;
        int shift = (int) Math.round((centre - (base + mean)) / 12.0) * 12;
        int[] out = new int[iv.length];
        for (int i = 0; i < iv.length; i++) out[i] = base + shift + iv[i];
        return out;
    }

    /** {@code count} notes from the chord, ascending from the root at or above {@code low}. */
    int[] spread(int low, int count) {
        int base = low + Math.floorMod(root - low, 12);
        int[] triadPlus = intervals;
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = base + triadPlus[i % triadPlus.length] + 12 * (i / triadPlus.length);
        }
        Arrays.sort(out);
        return out;
    }

    boolean isChordTone(int midi) {
        int rel = Math.floorMod(midi - root, 12);
        for (int i : intervals) if (i % 12 == rel) return true;
        return false;
    }
}
