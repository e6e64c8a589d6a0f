package io.tonearm.samples;

/** An instrument: renders one note (gate plus release tail) as mono samples. */
interface Voice {
    /** Renders a note of {@code gate} samples plus its release; velocity in 0..1. */
    double[] play(double hz, int gate, double velocity);
}
