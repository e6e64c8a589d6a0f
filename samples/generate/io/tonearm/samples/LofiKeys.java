package io.tonearm.samples;

import java.util.List;
import java.util.Random;

/** Velvet Orchard: swung Rhodes comping, round bass, soft vibes melody, dusty drums. */
final class LofiKeys {
    static Stereo render(TrackSpec spec) {
        Song s = new Song(spec, 0.59, 2.6);
        Bus keys = s.bus(0.20, 0.0);
        Bus bass = s.bus(0.0, 0.0);
        Bus drums = s.bus(0.07, 0.0);
        Bus vibes = s.bus(0.22, 0.20);
        ElectricPiano ep = new ElectricPiano();
        SubBass bassVoice = new SubBass(new Adsr(0.008, 0.5, 0.45, 0.09), 1.3);
        Mallet mallet = Mallet.vibraphone();
        Drums kit = new Drums(new Random(spec.seed() * 31 + 7));
        double[][] comps = {
                {0, 1.4, 0.80, 1.5, 0.9, 0.55, 3.5, 0.45, 0.45},
                {0, 2.4, 0.80, 2.5, 1.4, 0.60},
                {0, 0.9, 0.75, 1.5, 1.4, 0.62, 3.0, 0.9, 0.50}};
        int last = s.lastBar();
        for (int bar = 0; bar < s.bars; bar++) {
            Chord chord = s.chordAt(bar);
            int[] voicing = chord.upperVoicing(63);
            double[] comp = bar == last ? new double[] {0, 3.8, 0.72} : comps[s.rng.nextInt(comps.length)];
            for (int i = 0; i < comp.length; i += 3) {
                double start = s.t(bar, comp[i]) + s.humanise(0.008);
                for (int v = 0; v < voicing.length; v++) { // rolled, like a player's hand
                    keys.note(ep, start + v * 0.014, s.beats(comp[i + 1]), voicing[v],
                            comp[i + 2] * (0.9 + 0.1 * s.rng.nextDouble()), -0.25 + 0.1 * v, 0.16);
                }
            }
            if (bar >= 1) {
                int root = chord.bassNote(40);
                if (bar == last) {
                    bass.note(bassVoice, s.t(bar, 0), s.beats(3.5), root, 0.9, 0, 0.55);
                } else {
                    int next = s.chordAt(bar + 1).bassNote(40);
                    double[][] line = {{0, 1.3, root, 0.95}, {1.5, 0.35, root, 0.55},
                            {2.5, 0.9, root + 7, 0.8}, {3.5, 0.4, next - 1, 0.7}};
                    for (double[] n : line) {
                        bass.note(bassVoice, s.t(bar, n[0]) + s.humanise(0.005), s.beats(n[1]), n[2], n[3], 0, 0.55);
                    }
                }
            }
            if (bar < last) {
                for (int e = 0; e < 8; e++) {
                    if (s.rng.nextDouble() < 0.1) continue;
                    double vel = (e % 2 == 0 ? 0.55 : 0.35) * (0.85 + 0.15 * s.rng.nextDouble());
                    drums.hit(kit.hat(vel, 0.045), s.t(bar, e * 0.5) + s.humanise(0.006), 0.3, 0.34);
                }
            }
            if (bar >= 1 && bar < last) {
                drums.hit(kit.kick(0.95, 120, 48, 0.38, 0.05), s.t(bar, 0), 0, 0.75);
                drums.hit(kit.kick(0.75, 120, 48, 0.30, 0.05), s.t(bar, 2.5), 0, 0.75);
                if (s.rng.nextBoolean()) drums.hit(kit.kick(0.6, 120, 48, 0.25, 0.04), s.t(bar, 1.75), 0, 0.7);
                drums.hit(kit.snare(0.8, 190, 0.12, 3800), s.t(bar, 1) + 0.012, -0.08, 0.30);
                drums.hit(kit.snare(0.85, 190, 0.13, 3800), s.t(bar, 3) + 0.012, -0.08, 0.30);
                if (s.rng.nextDouble() < 0.5) drums.hit(kit.snare(0.25, 190, 0.07, 3800), s.t(bar, 3.75), -0.08, 0.22);
            }
        }
        drums.hit(kit.kick(0.7, 110, 45, 0.5, 0.02), s.t(last, 0), 0, 0.6);
        List<Melody.Note> tune = Melody.compose(s, 2, last, 67, 81, Melody.RELAXED);
        for (Melody.Note n : tune) {
            vibes.note(mallet, n.start() + s.humanise(0.006), n.length(), n.midi(), n.velocity(), 0.28, 0.22);
        }
        Effects.tremolo(keys.dry, 4.6, 0.18);
        Effects.lowpass(keys.dry, 5200, 0.7);
        Effects.lowpass(drums.dry, 8000, 0.7);
        Stereo mix = Mixer.mixdown(List.of(keys, bass, drums, vibes),
                new Mixer.ReverbSettings(0.72, 0.55, 0.9, 0.02, 0.9),
                new Mixer.DelaySettings(s.beats(0.75), 0.33, 2600));
        Effects.add(mix, Effects.vinyl(new Random(spec.seed() + 99), s.frames), 1.0);
        Effects.lowpass(mix, 9500, 0.6);
        return mix;
    }

    private LofiKeys() {
    }
}
