package io.tonearm.samples;

import java.util.Map;

/** Note names and MIDI note numbers. */
final class Pitch {
    /** Equal-tempered frequency of a MIDI note (A4 = 69 = 440 Hz). */
    static double hz(double midi) {
        return 440.0 * StrictMath.pow(2.0, (midi - 69.0) / 12.0);
    }

    private static final Map<Character, Integer> LETTERS =
            Map.of('C', 0, 'D', 2, 'E', 4, 'F', 5, 'G', 7, 'A', 9, 'B', 11);

    /** Pitch class 0..11 of a note name such as {@code C}, {@code F#} or {@code Bb}. */
    static int pitchClass(String name) {
        int pc = LETTERS.get(name.charAt(0));
        if (name.length() > 1 && name.charAt(1) == '#') pc++;
        if (name.length() > 1 && name.charAt(1) == 'b') pc--;
        return Math.floorMod(pc, 12);
    }

    private Pitch() {
    }
}
