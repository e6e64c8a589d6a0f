package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Shared frame of a song: tempo grid, harmony per bar, length, a seeded random source. */
final class Song {
    static final double BODY_SECONDS = 19.5;
    final TrackSpec spec;
    final Random rng;
    final Key key;
    final List<Chord> progression;
    final double beatSec;
    final double swing;
    final int bars;
    final int frames;

    Song(TrackSpec spec, double swing, double tailSec) {
        this.spec = spec;
        this.rng = new Random(spec.seed());
        this.key = Key.parse(spec.key());
        this.progression = new ArrayList<>();
        for (String name : spec.progression().split(" ")) progression.add(Chord.parse(name));
        this.beatSec = 60.0 / spec.tempoBpm();
        this.swing = swing;
        this.bars = Math.max(4, (int) Math.round(BODY_SECONDS / (4 * beatSec)));
        this.frames = (int) Math.round((bars * 4 * beatSec + tailSec) * SR);
    }

    int lastBar() {
        return bars - 1;
    }

    /** Chords cycle through the progression; the final bar returns home to the tonic chord. */
    Chord chordAt(int bar) {
        if (bar >= lastBar()) return progression.get(0);
        return progression.get(bar % progression.size());
    }

    /** Seconds at a bar and beat position; off-beat eighths are delayed by the swing ratio. */
    double t(int bar, double beat) {
        double whole = Math.floor(beat);
        double frac = beat - whole;
        double swung = frac < 0.5 ? frac * (swing / 0.5) : swing + (frac - 0.5) * ((1 - swing) / 0.5);
        return (bar * 4 + whole + swung) * beatSec;
    }

    double beats(double n) {
        return n * beatSec;
    }

    /** A few milliseconds of deterministic timing looseness. */
    double humanise(double maxSec) {
        return (rng.nextDouble() * 2 - 1) * maxSec;
    }

    Bus bus(double reverbSend, double delaySend) {
        return new Bus(frames, reverbSend, delaySend);
    }
}
