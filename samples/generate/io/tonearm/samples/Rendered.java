package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.REFERENCE_LUFS;
import static io.tonearm.samples.SampleSynth.SR;

/** A mastered track: its spec, length in frames, measured loudness and WAV file name. */
record Rendered(TrackSpec spec, int frames, double lufs, String wavFile) {
    long durationMs() {
        return frames * 1000L / SR;
    }

    double lufsRounded() {
        return Math.round(lufs * 10) / 10.0;
    }

    /** Gain to the -14 LUFS reference, from the rounded loudness so the two agree exactly. */
    double gainDb() {
        return Math.round((REFERENCE_LUFS - lufsRounded()) * 10) / 10.0;
    }
}
