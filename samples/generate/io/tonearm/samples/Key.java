package io.tonearm.samples;

/** A key: tonic pitch class and the scale's intervals. */
record Key(int tonic, int[] scale) {
    static Key parse(String text) {
        String[] parts = text.split(" ");
        int[] scale = parts[1].equals("minor") ? new int[] {0, 2, 3, 5, 7, 8, 10}
                : parts[1].equals("major") ? new int[] {0, 2, 4, 5, 7, 9, 11} : null;
        if (scale == null) throw new IllegalArgumentException("unknown mode in " + text);
        return new Key(Pitch.pitchClass(parts[0]), scale);
    }

    boolean contains(int midi) {
        int rel = Math.floorMod(midi - tonic, 12);
        for (int s : scale) if (s == rel) return true;
        return false;
    }

    /** The scale note {@code steps} scale degrees away from a scale note. */
    int step(int midi, int steps) {
        int n = midi;
        int dir = steps > 0 ? 1 : -1;
        for (int i = 0; i < Math.abs(steps); i++) {
            do n += dir; while (!contains(n));
        }
        return n;
    }
}
