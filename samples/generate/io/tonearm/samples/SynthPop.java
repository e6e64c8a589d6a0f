package io.tonearm.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Neon Harbor: four-on-the-floor, pumping pad, octave bass, arpeggio, bright lead. */
final class SynthPop {
    static Stereo render(TrackSpec spec) {
        Song s = new Song(spec, 0.5, 2.0);
        Bus drums = s.bus(0.05, 0.0);
        Bus bass = s.bus(0.0, 0.0);
        Bus pad = s.bus(0.16, 0.0);
        Bus arp = s.bus(0.10, 0.24);
        Bus lead = s.bus(0.14, 0.16);
        Drums kit = new Drums(new Random(spec.seed() * 31 + 7));
        Pad padVoice = new Pad(new Adsr(0.05, 0.8, 0.75, 0.4), 2400, new Random(spec.seed() + 3));
        SawBass bassVoice = new SawBass();
        ArpSynth arpVoice = new ArpSynth();
        Lead leadVoice = new Lead();
        int last = s.lastBar();
        List<Double> kicks = new ArrayList<>();
        int[][] arpOrders = {{0, 1, 2, 3, 4, 3, 2, 1}, {0, 2, 1, 3, 2, 4, 3, 1}, {0, 1, 2, 4, 3, 2, 4, 1}};
        int[] order = arpOrders[s.rng.nextInt(arpOrders.length)];
        for (int bar = 0; bar < s.bars; bar++) {
            Chord chord = s.chordAt(bar);
            int[] voicing = chord.upperVoicing(62);
            double padLen = bar == last ? s.beats(3.5) : s.beats(4) - 0.01;
            for (int v = 0; v < voicing.length; v++) {
                pad.note(padVoice, s.t(bar, 0), padLen, voicing[v], 0.7, -0.5 + v * (1.0 / voicing.length), 0.10);
            }
            int[] arpNotes = chord.spread(69, 5);
            int steps = bar == last ? 4 : 16;
            for (int st = 0; st < steps; st++) {
                double vel = (st % 4 == 0 ? 0.95 : st % 2 == 0 ? 0.7 : 0.55) * (bar < 2 ? 0.75 : 1.0);
                arp.note(arpVoice, s.t(bar, st * 0.25), s.beats(0.22), arpNotes[order[st % order.length]], vel,
                        (st % 2 == 0 ? -0.35 : 0.35), 0.13);
            }
            int root = chord.bassNote(38);
            if (bar >= 2 && bar < last) {
                int[] line = {root, root, root + 12, root, root, root + 12, root, root + 7};
                for (int e = 0; e < 8; e++) {
                    bass.note(bassVoice, s.t(bar, e * 0.5), s.beats(0.42), line[e], e % 2 == 0 ? 0.95 : 0.75, 0, 0.30);
                }
            } else if (bar == last) {
                bass.note(bassVoice, s.t(bar, 0), s.beats(3), root, 0.9, 0, 0.30);
            }
            if (bar >= 1 && bar < last) {
                for (int st = 0; st < 16; st++) {
                    if (st % 4 == 2) continue; // the open hat takes the off-beat
                    double vel = st % 4 == 0 ? 0.6 : 0.38;
                    drums.hit(kit.hat(vel, 0.035), s.t(bar, st * 0.25), 0.35, bar == 1 ? 0.14 : 0.2);
                }
            }
            if (bar >= 2 && bar < last) {
                for (int b = 0; b < 4; b++) {
                    drums.hit(kit.kick(1.0, 150, 50, 0.28, 0.12), s.t(bar, b), 0, 0.8);
                    kicks.add(s.t(bar, b));
                    drums.hit(kit.hat(0.5, 0.22), s.t(bar, b + 0.5), -0.3, 0.16);
                }
                drums.hit(kit.clap(0.9), s.t(bar, 1), 0.05, 0.34);
                drums.hit(kit.clap(0.9), s.t(bar, 3), 0.05, 0.34);
                if (bar == last - 1) {
                    for (int st = 0; st < 4; st++) {
                        drums.hit(kit.snare(0.4 + 0.15 * st, 220, 0.10, 9000), s.t(bar, 3 + st * 0.25), -0.1, 0.3);
                    }
                }
            }
        }
        drums.hit(kit.kick(1.0, 150, 50, 0.35, 0.12), s.t(last, 0), 0, 0.8);
        kicks.add(s.t(last, 0));
        drums.hit(kit.crash(0.8), s.t(last, 0), -0.2, 0.22);
        drums.hit(kit.crash(0.5), s.t(2, 0), 0.2, 0.16);
        for (Melody.Note n : Melody.compose(s, 4, last - 1, 69, 83, Melody.LIVELY)) {
            lead.note(leadVoice, n.start(), n.length(), n.midi(), n.velocity(), 0.12, 0.13);
        }
        Effects.duck(pad.dry, kicks, 0.55, 0.22);
        Effects.duck(bass.dry, kicks, 0.45, 0.12);
        Effects.duck(arp.dry, kicks, 0.25, 0.15);
        return Mixer.mixdown(List.of(drums, bass, pad, arp, lead),
                new Mixer.ReverbSettings(0.78, 0.35, 1.0, 0.015, 0.85),
                new Mixer.DelaySettings(s.beats(0.75), 0.38, 4500));
    }

    private SynthPop() {
    }
}
