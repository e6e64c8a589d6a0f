package io.tonearm.samples;

/** Picks the arrangement for a track's style; each writes notes onto buses that Mixer sums. */
final class Arrangements {
    static Stereo render(TrackSpec spec) {
        switch (spec.style()) {
            case LOFI_KEYS: return LofiKeys.render(spec);
            case SYNTH_POP: return SynthPop.render(spec);
            case AMBIENT_PLUCKS: return AmbientPlucks.render(spec);
            default: throw new AssertionError(spec.style());
        }
    }

    private Arrangements() {
    }
}
