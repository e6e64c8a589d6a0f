package io.tonearm.samples;

import java.util.List;
import java.util.Random;

/** Saltmarsh Lights: finger-picked strings, slow pad, sine bass, bells, brushed percussion. */
final class AmbientPlucks {
    static Stereo render(TrackSpec spec) {
        Song s = new Song(spec, 0.54, 2.6);
        Bus strings = s.bus(0.30, 0.20);
        Bus pad = s.bus(0.40, 0.0);
        Bus bass = s.bus(0.05, 0.0);
        Bus bells = s.bus(0.45, 0.30);
        Bus perc = s.bus(0.14, 0.0);
        PluckedString guitar = new PluckedString(new Random(spec.seed() + 5), 0.55, 2.8);
        Pad padVoice = new Pad(new Adsr(1.6, 2.0, 0.8, 2.2), 1300, new Random(spec.seed() + 3));
        SubBass bassVoice = new SubBass(new Adsr(0.06, 1.5, 0.7, 0.9), 1.0);
        Mallet bell = Mallet.glassBell();
        Drums kit = new Drums(new Random(spec.seed() * 31 + 7));
        int last = s.lastBar();
        int[] pick = {0, 2, 3, 4, 1, 4, 3, 2}; // thumb on the root, fingers walk the upper strings
        for (int bar = 0; bar < s.bars; bar++) {
            Chord chord = s.chordAt(bar);
            int[] strs = chord.spread(52, 5);
            if (bar == last) {
                for (int v = 0; v < strs.length; v++) {
                    strings.note(guitar, s.t(bar, 0) + v * 0.045, s.beats(4), strs[v], 0.8, -0.4 + 0.2 * v, 0.30);
                }
            } else {
                for (int e = 0; e < 8; e++) {
                    int n = strs[pick[e]];
                    double vel = (e == 0 ? 0.95 : 0.62) * (0.85 + 0.15 * s.rng.nextDouble());
                    strings.note(guitar, s.t(bar, e * 0.5) + s.humanise(0.007), s.beats(e == 0 ? 4 : 1.2), n, vel,
                            -0.4 + 0.2 * pick[e], 0.30);
                }
            }
            int[] voicing = chord.upperVoicing(60);
            for (int v = 0; v < voicing.length; v++) {
                pad.note(padVoice, s.t(bar, 0), s.beats(bar == last ? 3 : 4), voicing[v], 0.6,
                        v % 2 == 0 ? -0.55 : 0.55, 0.07);
            }
            if (bar >= 1) {
                bass.note(bassVoice, s.t(bar, 0), s.beats(bar == last ? 3 : 3.8), chord.bassNote(38), 0.8, 0, 0.32);
            }
            if (bar >= 1 && bar < last) {
                for (int e = 0; e < 8; e++) {
                    perc.hit(kit.shaker(e % 2 == 0 ? 0.5 : 0.8), s.t(bar, e * 0.5) + s.humanise(0.006), 0.4, 0.16);
                }
                perc.hit(kit.kick(0.7, 90, 45, 0.4, 0.0), s.t(bar, 0), 0, 0.55);
                perc.hit(kit.kick(0.5, 90, 45, 0.3, 0.0), s.t(bar, 2.5), 0, 0.5);
                perc.hit(kit.rim(0.6), s.t(bar, 3) + s.humanise(0.005), -0.3, 0.16);
            }
        }
        for (Melody.Note n : Melody.compose(s, 2, last, 74, 88, Melody.SPARSE)) {
            bells.note(bell, n.start(), n.length(), n.midi(), n.velocity(), -0.2, 0.13);
        }
        Effects.lowpass(strings.dry, 7000, 0.7);
        return Mixer.mixdown(List.of(strings, pad, bass, bells, perc),
                new Mixer.ReverbSettings(0.9, 0.3, 1.0, 0.035, 1.0),
                new Mixer.DelaySettings(s.beats(0.75), 0.45, 3200));
    }

    private AmbientPlucks() {
    }
}
