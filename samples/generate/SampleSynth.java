import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Synthesises Tonearm's sample music pack: one 44.1 kHz stereo 16-bit WAV per track plus
 * {@code tracks.json} (metadata, measured loudness) and {@code tracks.tsv} (the same rows for the
 * shell script that encodes them).
 *
 * <pre>
 *   java samples/generate/SampleSynth.java OUT_DIR     # render the pack
 *   java samples/generate/SampleSynth.java --self-test # check the loudness meter (EBU Tech 3341)
 * </pre>
 *
 * Everything is deterministic: every random choice comes from a {@link Random} seeded per track,
 * and transcendental functions go through {@link StrictMath} or tables built with it, so a rerun
 * on any JVM produces byte-identical WAVs.
 *
 * <p>The file reads top-down: catalog, arrangements (one per artist), harmony and melody,
 * instruments, effects, mixing and mastering, loudness meter, writers.
 */
public final class SampleSynth {

    static final int SR = 44_100;
    /** Reference loudness for {@code loudness_gain_db}, as Spotify's default normalisation. */
    static final double REFERENCE_LUFS = -14.0;
    /** Master sample-peak ceiling: headroom for the lossy encoders' overshoot. */
    static final double PEAK_CEILING_DBFS = -1.5;

    private SampleSynth() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--self-test")) {
            System.exit(MeterSelfTest.run() ? 0 : 1);
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            System.err.println("usage: java SampleSynth.java OUT_DIR | --self-test");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        List<Rendered> rendered = new ArrayList<>();
        for (TrackSpec spec : Catalog.TRACKS) {
            Stereo mix = Arrangements.render(spec);
            short[][] pcm = Master.finish(mix, spec.seed());
            double lufs = LoudnessMeter.integrated(Master.toDouble(pcm), SR);
            Rendered r = new Rendered(spec, pcm[0].length, lufs, spec.id() + ".wav");
            WavWriter.write(out.resolve(r.wavFile()), pcm);
            rendered.add(r);
            System.out.printf(Locale.ROOT, "%-22s %6.2f s  %6.1f LUFS  peak %5.2f dBFS%n",
                    spec.id(), r.frames() / (double) SR, r.lufsRounded(), Master.peakDbfs(pcm));
        }
        Metadata.writeJson(out.resolve("tracks.json"), rendered);
        Metadata.writeTsv(out.resolve("tracks.tsv"), rendered);
    }

    // =============================================================================================
    // Catalog
    // =============================================================================================

    enum Style { LOFI_KEYS, SYNTH_POP, AMBIENT_PLUCKS }

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern SAFE_TEXT = Pattern.compile("[A-Za-z0-9# ,.'&()!?-]{1,80}");

    /** One track of the pack. Text fields are restricted so they need no escaping in JSON or TSV. */
    record TrackSpec(String id, String title, String artist, String artistId, String album,
                     String albumId, int albumYear, int trackNumber, Style style, int tempoBpm,
                     String key, String progression, long seed) {
        TrackSpec {
            for (String s : List.of(id, artistId, albumId)) {
                if (!ID.matcher(s).matches()) throw new IllegalArgumentException("bad id: " + s);
            }
            for (String s : List.of(title, artist, album, key, progression)) {
                if (!SAFE_TEXT.matcher(s).matches()) {
                    throw new IllegalArgumentException("text needs escaping: " + s);
                }
            }
            if (trackNumber < 1 || tempoBpm < 40 || tempoBpm > 200) {
                throw new IllegalArgumentException("bad track number or tempo in " + id);
            }
        }
    }

    static final class Catalog {
        static final List<TrackSpec> TRACKS = List.of(
                // Velvet Orchard: mellow lo-fi keys, swung drums, dusty top end.
                new TrackSpec("velvet-orchard-01", "Morning Tram", "Velvet Orchard", "velvet-orchard",
                        "First Light", "first-light", 2026, 1, Style.LOFI_KEYS, 84, "D minor",
                        "Dm9 Gm9 Bbmaj7 A7sus4", 1101),
                new TrackSpec("velvet-orchard-02", "Window Seat", "Velvet Orchard", "velvet-orchard",
                        "First Light", "first-light", 2026, 2, Style.LOFI_KEYS, 78, "F major",
                        "Fmaj9 Am7 Bbmaj7 C7sus4", 1102),
                new TrackSpec("velvet-orchard-03", "Paper Lanterns", "Velvet Orchard", "velvet-orchard",
                        "First Light", "first-light", 2026, 3, Style.LOFI_KEYS, 88, "A minor",
                        "Am9 Dm9 Fmaj7 Em7", 1103),
                // Neon Harbor: bright synth-pop, four-on-the-floor, sixteenth-note arpeggios.
                new TrackSpec("neon-harbor-01", "Glass Skyline", "Neon Harbor", "neon-harbor",
                        "Signal Bloom", "signal-bloom", 2025, 1, Style.SYNTH_POP, 118, "A major",
                        "Aadd9 E F#m7 Dmaj7", 2201),
                new TrackSpec("neon-harbor-02", "Night Ferry", "Neon Harbor", "neon-harbor",
                        "Signal Bloom", "signal-bloom", 2025, 2, Style.SYNTH_POP, 122, "B minor",
                        "Bm G D A", 2202),
                new TrackSpec("neon-harbor-03", "Satellite Summer", "Neon Harbor", "neon-harbor",
                        "Signal Bloom", "signal-bloom", 2025, 3, Style.SYNTH_POP, 112, "G major",
                        "G Em7 Cmaj7 D", 2203),
                // Saltmarsh Lights: ambient plucked strings, slow pads, bells, soft percussion.
                new TrackSpec("saltmarsh-lights-01", "Heron at Dusk", "Saltmarsh Lights",
                        "saltmarsh-lights", "Low Tide Letters", "low-tide-letters", 2024, 1,
                        Style.AMBIENT_PLUCKS, 68, "E minor", "Em9 Cmaj9 Gmaj7 Dsus2", 3301),
                new TrackSpec("saltmarsh-lights-02", "Sea Glass", "Saltmarsh Lights",
                        "saltmarsh-lights", "Low Tide Letters", "low-tide-letters", 2024, 2,
                        Style.AMBIENT_PLUCKS, 72, "D major", "Dmaj9 Bm9 Gmaj9 Asus4", 3302));
    }

    // =============================================================================================
    // Arrangements: one per artist. Each writes notes onto buses; Mixer sums them with effects.
    // =============================================================================================

    /** Shared frame of a song: tempo grid, harmony per bar, length, a seeded random source. */
    static final class Song {
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

    static final class Arrangements {
        static Stereo render(TrackSpec spec) {
            switch (spec.style()) {
                case LOFI_KEYS: return lofiKeys(spec);
                case SYNTH_POP: return synthPop(spec);
                case AMBIENT_PLUCKS: return ambientPlucks(spec);
                default: throw new AssertionError(spec.style());
            }
        }

        /** Velvet Orchard: swung Rhodes comping, round bass, soft vibes melody, dusty drums. */
        static Stereo lofiKeys(TrackSpec spec) {
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

        /** Neon Harbor: four-on-the-floor, pumping pad, octave bass, arpeggio, bright lead. */
        static Stereo synthPop(TrackSpec spec) {
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

        /** Saltmarsh Lights: finger-picked strings, slow pad, sine bass, bells, brushed percussion. */
        static Stereo ambientPlucks(TrackSpec spec) {
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
    }

    // =============================================================================================
    // Harmony and melody
    // =============================================================================================

    static double hz(double midi) {
        return 440.0 * StrictMath.pow(2.0, (midi - 69.0) / 12.0);
    }

    private static final Map<Character, Integer> LETTERS =
            Map.of('C', 0, 'D', 2, 'E', 4, 'F', 5, 'G', 7, 'A', 9, 'B', 11);

    static int pitchClass(String name) {
        int pc = LETTERS.get(name.charAt(0));
        if (name.length() > 1 && name.charAt(1) == '#') pc++;
        if (name.length() > 1 && name.charAt(1) == 'b') pc--;
        return Math.floorMod(pc, 12);
    }

    /** A key: tonic pitch class and the scale's intervals. */
    record Key(int tonic, int[] scale) {
        static Key parse(String text) {
            String[] parts = text.split(" ");
            int[] scale = parts[1].equals("minor") ? new int[] {0, 2, 3, 5, 7, 8, 10}
                    : parts[1].equals("major") ? new int[] {0, 2, 4, 5, 7, 9, 11} : null;
            if (scale == null) throw new IllegalArgumentException("unknown mode in " + text);
            return new Key(pitchClass(parts[0]), scale);
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
            return new Chord(pitchClass(symbol.substring(0, split)), iv);
        }

        /** Nearest root to {@code around}: the bass note. */
        int bassNote(int around) {
            int n = around - 6 + Math.floorMod(root - (around - 6), 12);
            return n;
        }

        /** Chord tones stacked above the root, shifted by octaves so their mean sits near {@code centre}. */
        int[] upperVoicing(int centre) {
            int[] iv = intervals.length >= 4 ? java.util.Arrays.copyOfRange(intervals, 1, intervals.length) : intervals;
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
            java.util.Arrays.sort(out);
            return out;
        }

        boolean isChordTone(int midi) {
            int rel = Math.floorMod(midi - root, 12);
            for (int i : intervals) if (i % 12 == rel) return true;
            return false;
        }
    }

    /**
     * Melody writer: a four-bar phrase of rhythm cells (A B A cadence), chord tones on strong
     * beats, stepwise scale motion between them, ending on the tonic.
     */
    static final class Melody {
        record Note(double start, double length, int midi, double velocity) {}

        /** Rhythm cells: {beat, length} pairs within one bar. */
        static final double[][][] RELAXED = {
                {{0, 1.5}, {1.5, 0.5}, {2, 2}}, {{0.5, 1}, {1.5, 1.5}, {3, 1}},
                {{0, 1}, {1, 0.5}, {1.5, 2.5}}, {{1, 1}, {2, 0.5}, {2.5, 1.5}}};
        static final double[][][] LIVELY = {
                {{0, 0.5}, {0.5, 0.5}, {1, 1}, {2, 0.5}, {2.5, 1.5}}, {{0, 1}, {1, 0.5}, {1.5, 1}, {2.5, 0.5}, {3, 1}},
                {{0.5, 0.5}, {1, 0.5}, {1.5, 1.5}, {3, 0.5}, {3.5, 0.5}}, {{0, 1.5}, {1.5, 0.5}, {2, 1}, {3, 1}}};
        static final double[][][] SPARSE = {
                {{0, 3}}, {{0.5, 1.5}, {2, 2}}, {{1, 3}}, {{0, 1}, {1, 3}}};
        static final double[][] CADENCE = {{0, 1}, {1, 3}};

        static List<Note> compose(Song s, int firstBar, int lastBar, int lo, int hi, double[][][] cells) {
            double[][] a = cells[s.rng.nextInt(cells.length)];
            double[][] b = cells[s.rng.nextInt(cells.length)];
            List<Note> out = new ArrayList<>();
            int prev = nearestChordTone(s.chordAt(firstBar), (lo + hi) / 2, (lo + hi) / 2, lo, hi);
            for (int bar = firstBar; bar <= lastBar; bar++) {
                int inPhrase = (bar - firstBar) % 4;
                boolean finalBar = bar == lastBar;
                double[][] rhythm = finalBar ? new double[][] {{0, 3.5}}
                        : inPhrase == 3 ? CADENCE : inPhrase == 1 ? b : a;
                Chord chord = s.chordAt(bar);
                for (double[] cell : rhythm) {
                    int midi;
                    boolean strong = cell[0] == Math.floor(cell[0]) && ((int) cell[0]) % 2 == 0 || cell[1] >= 1.5;
                    if (finalBar) {
                        midi = nearestTonic(s.key, prev, lo, hi);
                    } else if (strong) {
                        int target = prev + (s.rng.nextInt(5) - 2) * 2;
                        midi = nearestChordTone(chord, target, prev, lo, hi);
                    } else {
                        int step = s.rng.nextBoolean() ? 1 : -1;
                        if (prev >= hi - 2) step = -1;
                        if (prev <= lo + 2) step = 1;
                        int from = s.key.contains(prev) ? prev : s.key.step(prev, -1);
                        midi = s.key.step(from, step * (s.rng.nextDouble() < 0.25 ? 2 : 1));
                    }
                    double vel = (cell[0] == 0 ? 0.9 : 0.72) * (0.9 + 0.1 * s.rng.nextDouble());
                    out.add(new Note(s.t(bar, cell[0]), s.beats(cell[1]) * 0.92, midi, vel));
                    prev = midi;
                }
            }
            return out;
        }

        static int nearestChordTone(Chord c, int target, int avoid, int lo, int hi) {
            int best = -1;
            for (int n = lo; n <= hi; n++) {
                if (!c.isChordTone(n)) continue;
                int cost = Math.abs(n - target) * 2 + (n == avoid ? 3 : 0);
                if (best < 0 || cost < Math.abs(best - target) * 2 + (best == avoid ? 3 : 0)) best = n;
            }
            return best;
        }

        static int nearestTonic(Key k, int prev, int lo, int hi) {
            int best = -1;
            for (int n = lo; n <= hi; n++) {
                if (Math.floorMod(n - k.tonic(), 12) == 0 && (best < 0 || Math.abs(n - prev) < Math.abs(best - prev))) best = n;
            }
            return best;
        }
    }

    // =============================================================================================
    // Instruments: a Voice renders one note (gate plus release tail) as mono samples.
    // =============================================================================================

    interface Voice {
        /** Renders a note of {@code gate} samples plus its release; velocity in 0..1. */
        double[] play(double hz, int gate, double velocity);
    }

    /** Oscillator primitives. Phases are in cycles. */
    static final class Osc {
        private static final int TABLE = 4096;
        private static final double[] SINE = new double[TABLE + 1];
        static {
            for (int i = 0; i <= TABLE; i++) SINE[i] = StrictMath.sin(2 * Math.PI * i / TABLE);
        }

        static double sin(double phase) {
            double p = phase - Math.floor(phase);
            double x = p * TABLE;
            int i = (int) x;
            if (i >= TABLE) return 0; // p rounded up to 1.0
            return SINE[i] + (x - i) * (SINE[i + 1] - SINE[i]);
        }

        /** Band-limited step correction (polyBLEP) for discontinuities at phase 0. */
        static double blep(double t, double dt) {
            if (t < dt) {
                t /= dt;
                return t + t - t * t - 1;
            }
            if (t > 1 - dt) {
                t = (t - 1) / dt;
                return t * t + t + t + 1;
            }
            return 0;
        }

        static double saw(double phase, double dt) {
            double p = phase - Math.floor(phase);
            return 2 * p - 1 - blep(p, dt);
        }

        static double square(double phase, double dt) {
            double p = phase - Math.floor(phase);
            double q = p + 0.5 - Math.floor(p + 0.5);
            return (p < 0.5 ? 1 : -1) + blep(p, dt) - blep(q, dt);
        }
    }

    /** Attack (linear), decay (exponential time constant) to sustain, release; times in seconds. */
    record Adsr(double attack, double decay, double sustain, double release) {
        double[] curve(int gate) {
            int a = Math.max(1, (int) (attack * SR));
            int rel = Math.max(1, (int) (release * SR));
            double[] e = new double[gate + rel];
            double decayMul = StrictMath.exp(-1.0 / (decay * SR));
            double excess = 1 - sustain;
            double level = 0;
            for (int i = 0; i < gate; i++) {
                if (i < a) {
                    level = (i + 1) / (double) a;
                } else {
                    excess *= decayMul;
                    level = sustain + excess;
                }
                e[i] = level;
            }
            double relMul = StrictMath.exp(StrictMath.log(0.001) / rel);
            double r = level;
            for (int i = 0; i < rel; i++) {
                r *= relMul;
                e[gate + i] = r * (1 - i / (double) rel);
            }
            return e;
        }
    }

    /** Tine piano by two-operator FM (ratio 1:1, decaying index) plus a short metallic tine. */
    static final class ElectricPiano implements Voice {
        public double[] play(double hz, int gate, double vel) {
            double decay = 1.9 * StrictMath.pow(261.6 / hz, 0.5);
            double[] env = new Adsr(0.003, decay, 0.0, 0.28).curve(gate);
            double[] out = new double[env.length];
            double idx = 0.5 + 1.5 * vel;
            double idxMul = StrictMath.exp(-1.0 / (0.25 * SR));
            double tine = 0.06 * vel;
            double tineMul = StrictMath.exp(-1.0 / (0.03 * SR));
            double dt = hz / SR;
            boolean tineAudible = hz * 14 < 16000;
            for (int i = 0; i < out.length; i++) {
                double ph = i * dt;
                double mod = Osc.sin(ph);
                double s = Osc.sin(ph + (0.25 + idx) * mod / (2 * Math.PI));
                if (tineAudible) s += tine * Osc.sin(ph * 14);
                out[i] = s * env[i] * vel;
                idx *= idxMul;
                tine *= tineMul;
            }
            return out;
        }
    }

    /** Three detuned band-limited saws and a sub-octave sine through a low-pass filter. */
    static final class Pad implements Voice {
        private final Adsr env;
        private final double cutoff;
        private final Random rng;

        Pad(Adsr env, double cutoff, Random rng) {
            this.env = env;
            this.cutoff = cutoff;
            this.rng = rng;
        }

        public double[] play(double hz, int gate, double vel) {
            double[] e = env.curve(gate);
            double[] out = new double[e.length];
            double[] detune = {StrictMath.pow(2, -9 / 1200.0), 1.0, StrictMath.pow(2, 8 / 1200.0)};
            double[] phase = {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
            Svf filter = new Svf();
            filter.set(Math.min(cutoff * (0.7 + 0.5 * vel), 0.4 * SR), 0.6);
            for (int i = 0; i < out.length; i++) {
                double s = 0;
                for (int v = 0; v < 3; v++) {
                    double dt = hz * detune[v] / SR;
                    s += Osc.saw(phase[v], dt);
                    phase[v] += dt;
                }
                s = s / 3 + 0.35 * Osc.sin(i * hz * 0.5 / SR);
                out[i] = filter.lowpass(s) * e[i] * vel;
            }
            return out;
        }
    }

    /** Round bass: sine with a little second and third harmonic, gently saturated. */
    static final class SubBass implements Voice {
        private final Adsr env;
        private final double drive;

        SubBass(Adsr env, double drive) {
            this.env = env;
            this.drive = drive;
        }

        public double[] play(double hz, int gate, double vel) {
            double[] e = env.curve(gate);
            double[] out = new double[e.length];
            double dt = hz / SR;
            for (int i = 0; i < out.length; i++) {
                double ph = i * dt;
                double s = Osc.sin(ph) + 0.3 * Osc.sin(2 * ph) + 0.1 * Osc.sin(3 * ph);
                out[i] = Effects.softClip(drive * s * 0.7) * e[i] * vel;
            }
            return out;
        }
    }

    /** Synth-pop bass: saw plus sub sine through a resonant low-pass with a plucky envelope. */
    static final class SawBass implements Voice {
        public double[] play(double hz, int gate, double vel) {
            double[] e = new Adsr(0.003, 0.18, 0.6, 0.05).curve(gate);
            double[] out = new double[e.length];
            Svf f = new Svf();
            double dt = hz / SR;
            double envF = 1;
            double fMul = StrictMath.exp(-1.0 / (0.09 * SR));
            for (int i = 0; i < out.length; i++) {
                if (i % 16 == 0) f.set(180 + 1400 * envF * vel, 1.1);
                double s = 0.7 * Osc.saw(i * dt, dt) + 0.6 * Osc.sin(i * dt);
                out[i] = f.lowpass(s) * e[i] * vel;
                envF *= fMul;
            }
            return out;
        }
    }

    /** Bright arpeggio voice: saw and square with a snappy filter envelope. */
    static final class ArpSynth implements Voice {
        public double[] play(double hz, int gate, double vel) {
            double[] e = new Adsr(0.002, 0.12, 0.3, 0.07).curve(gate);
            double[] out = new double[e.length];
            Svf f = new Svf();
            double dt = hz / SR;
            double dt2 = dt * StrictMath.pow(2, 6 / 1200.0);
            double envF = 1;
            double fMul = StrictMath.exp(-1.0 / (0.07 * SR));
            for (int i = 0; i < out.length; i++) {
                if (i % 16 == 0) f.set(700 + 5200 * envF * vel, 1.4);
                double s = 0.6 * Osc.saw(i * dt, dt) + 0.4 * Osc.square(i * dt2, dt2);
                out[i] = f.lowpass(s) * e[i] * vel;
                envF *= fMul;
            }
            return out;
        }
    }

    /** Lead: two detuned saws and a square, vibrato that fades in, softened by a low-pass. */
    static final class Lead implements Voice {
        public double[] play(double hz, int gate, double vel) {
            double[] e = new Adsr(0.012, 0.35, 0.7, 0.16).curve(gate);
            double[] out = new double[e.length];
            Svf f = new Svf();
            f.set(3200, 0.8);
            double[] ph = new double[3];
            double[] ratio = {StrictMath.pow(2, -6 / 1200.0), StrictMath.pow(2, 6 / 1200.0), 0.5};
            for (int i = 0; i < out.length; i++) {
                double t = i / (double) SR;
                double vib = 1 + 0.0045 * Math.min(1, t / 0.35) * Osc.sin(5.4 * t);
                double s = 0;
                for (int v = 0; v < 3; v++) {
                    double dt = hz * ratio[v] * vib / SR;
                    s += v < 2 ? 0.4 * Osc.saw(ph[v], dt) : 0.3 * Osc.square(ph[v], dt);
                    ph[v] += dt;
                }
                out[i] = f.lowpass(s) * e[i] * vel;
            }
            return out;
        }
    }

    /** Struck bar or bell: a few inharmonic sine partials, each with its own decay. */
    static final class Mallet implements Voice {
        private final double[] ratios;
        private final double[] amps;
        private final double[] taus;
        private final double release;

        Mallet(double[] ratios, double[] amps, double[] taus, double release) {
            this.ratios = ratios;
            this.amps = amps;
            this.taus = taus;
            this.release = release;
        }

        static Mallet vibraphone() {
            return new Mallet(new double[] {1, 4.0, 10.0}, new double[] {1, 0.22, 0.06},
                    new double[] {1.1, 0.18, 0.03}, 0.35);
        }

        static Mallet glassBell() {
            return new Mallet(new double[] {1, 2.76, 5.40, 8.93}, new double[] {1, 0.35, 0.15, 0.06},
                    new double[] {2.4, 1.0, 0.35, 0.12}, 1.2);
        }

        public double[] play(double hz, int gate, double vel) {
            double[] e = new Adsr(0.002, 10, 1.0, release).curve(gate);
            double[] out = new double[e.length];
            for (int p = 0; p < ratios.length; p++) {
                double f = hz * ratios[p];
                if (f > 15000) continue;
                double a = amps[p] * vel;
                double mul = StrictMath.exp(-1.0 / (taus[p] * SR));
                double dt = f / SR;
                for (int i = 0; i < out.length; i++) {
                    out[i] += a * Osc.sin(i * dt) * e[i];
                    a *= mul;
                }
            }
            return out;
        }
    }

    /**
     * Plucked string by Karplus-Strong: a filtered noise burst circulates in a delay line one
     * period long, with a two-point average as the loss filter and an all-pass for exact tuning.
     */
    static final class PluckedString implements Voice {
        private final Random rng;
        private final double brightness;
        private final double ringSeconds;

        PluckedString(Random rng, double brightness, double ringSeconds) {
            this.rng = rng;
            this.brightness = brightness;
            this.ringSeconds = ringSeconds;
        }

        public double[] play(double hz, int gate, double vel) {
            int rel = (int) (0.25 * SR);
            double[] out = new double[gate + rel];
            double period = SR / hz;
            int n = (int) Math.floor(period - 0.5);
            double frac = period - 0.5 - n;
            double apc = (1 - frac) / (1 + frac);
            double[] line = new double[n];
            double lp = 0;
            double smooth = 1 - brightness * (0.5 + 0.5 * vel);
            double mean = 0;
            for (int i = 0; i < n; i++) {
                lp = lp * smooth + (1 - smooth) * (rng.nextDouble() * 2 - 1);
                line[i] = lp;
                mean += lp;
            }
            mean /= n;
            for (int i = 0; i < n; i++) line[i] = (line[i] - mean) * 1.6;
            double ring = StrictMath.pow(0.001, 1.0 / (ringSeconds * hz));
            double damped = StrictMath.pow(0.001, 1.0 / (0.25 * hz));
            double prev = 0;
            double apIn = 0;
            double apOut = 0;
            int idx = 0;
            for (int i = 0; i < out.length; i++) {
                double y = line[idx];
                double avg = 0.5 * (y + prev) * (i < gate ? ring : damped);
                prev = y;
                double ap = apc * avg + apIn - apc * apOut; // first-order all-pass, fractional delay
                apIn = avg;
                apOut = ap;
                line[idx] = ap;
                idx = idx + 1 == n ? 0 : idx + 1;
                out[i] = y * vel * (i >= out.length - 256 ? (out.length - i) / 256.0 : 1);
            }
            return out;
        }
    }

    /** Drum synthesis from sine sweeps, metallic square clusters and filtered noise. */
    static final class Drums {
        private final Random rng;

        Drums(Random rng) {
            this.rng = rng;
        }

        private double noise() {
            return rng.nextDouble() * 2 - 1;
        }

        /** Sine sweeping exponentially from {@code startHz} to {@code endHz}, with an optional click. */
        double[] kick(double vel, double startHz, double endHz, double decay, double click) {
            int len = (int) (decay * 5 * SR);
            double[] out = new double[len];
            double sweepMul = StrictMath.exp(-1.0 / (0.045 * SR));
            double ampMul = StrictMath.exp(-1.0 / (decay * SR));
            double sweep = 1;
            double amp = 1;
            double phase = 0;
            Biquad clickFilter = Biquad.lowpass(3500, 0.7);
            for (int i = 0; i < len; i++) {
                double f = endHz + (startHz - endHz) * sweep;
                phase += f / SR;
                double attack = Math.min(1, i / (0.001 * SR));
                double c = i < 0.004 * SR ? click * clickFilter.process(noise()) * (1 - i / (0.004 * SR)) : 0;
                out[i] = (Effects.softClip(1.3 * Osc.sin(phase)) * amp * attack + c) * vel;
                sweep *= sweepMul;
                amp *= ampMul;
            }
            fadeTail(out);
            return out;
        }

        /** Two body tones plus band-limited noise for the wires. */
        double[] snare(double vel, double toneHz, double noiseDecay, double topHz) {
            int len = (int) (noiseDecay * 6 * SR);
            double[] out = new double[len];
            Biquad hp = Biquad.highpass(900, 0.7);
            Biquad lp = Biquad.lowpass(topHz, 0.7);
            double toneMul = StrictMath.exp(-1.0 / (0.05 * SR));
            double noiseMul = StrictMath.exp(-1.0 / (noiseDecay * SR));
            double tone = 1;
            double nz = 1;
            for (int i = 0; i < len; i++) {
                double t = i / (double) SR;
                double body = 0.6 * Osc.sin(toneHz * t) + 0.35 * Osc.sin(toneHz * 1.78 * t);
                out[i] = (body * tone * 0.8 + lp.process(hp.process(noise())) * nz) * vel;
                tone *= toneMul;
                nz *= noiseMul;
            }
            fadeTail(out);
            return out;
        }

        /** Six square waves at inharmonic ratios (the 808 recipe) plus noise, high-passed. */
        double[] hat(double vel, double decay) {
            int len = (int) (decay * 6 * SR);
            double[] out = new double[len];
            double[] freqs = {263, 400, 421, 474, 587, 845};
            Biquad hp1 = Biquad.highpass(7000, 0.7);
            Biquad hp2 = Biquad.highpass(7000, 0.7);
            double mul = StrictMath.exp(-1.0 / (decay * SR));
            double amp = 1;
            for (int i = 0; i < len; i++) {
                double metal = 0;
                for (double f : freqs) metal += (f * 1.9 * i / SR) % 1.0 < 0.5 ? 1 : -1;
                double s = 0.08 * metal + 0.6 * noise();
                out[i] = hp2.process(hp1.process(s)) * amp * vel * Math.min(1, i / (0.0005 * SR));
                amp *= mul;
            }
            fadeTail(out);
            return out;
        }

        /** Three quick noise bursts and a short tail, band-passed around 1.2 kHz. */
        double[] clap(double vel) {
            int len = (int) (0.35 * SR);
            double[] out = new double[len];
            Biquad bp = Biquad.bandpass(1200, 1.2);
            Biquad hp = Biquad.highpass(600, 0.7);
            double tailMul = StrictMath.exp(-1.0 / (0.07 * SR));
            double tail = 1;
            for (int i = 0; i < len; i++) {
                double t = i / (double) SR;
                double env;
                if (t < 0.03) {
                    double within = (t % 0.01) / 0.01;
                    env = 1 - within;
                } else {
                    env = tail;
                    tail *= tailMul;
                }
                out[i] = hp.process(bp.process(noise())) * env * vel * 2.2;
            }
            fadeTail(out);
            return out;
        }

        /** Long band of high noise for section starts. */
        double[] crash(double vel) {
            int len = (int) (2.5 * SR);
            double[] out = new double[len];
            Biquad hp = Biquad.highpass(4500, 0.7);
            Biquad lp = Biquad.lowpass(12000, 0.7);
            double mul = StrictMath.exp(-1.0 / (0.6 * SR));
            double amp = 1;
            for (int i = 0; i < len; i++) {
                out[i] = lp.process(hp.process(noise())) * amp * vel;
                amp *= mul;
            }
            fadeTail(out);
            return out;
        }

        /** Soft shaker: band-passed noise with a swelling attack. */
        double[] shaker(double vel) {
            int len = (int) (0.12 * SR);
            double[] out = new double[len];
            Biquad bp = Biquad.bandpass(6500, 1.0);
            for (int i = 0; i < len; i++) {
                double t = i / (double) SR;
                double env = t < 0.018 ? t / 0.018 : StrictMath.exp(-(t - 0.018) / 0.025);
                out[i] = bp.process(noise()) * env * vel;
            }
            fadeTail(out);
            return out;
        }

        /** Wooden rim click: two short sines and a tick of noise. */
        double[] rim(double vel) {
            int len = (int) (0.08 * SR);
            double[] out = new double[len];
            Biquad hp = Biquad.highpass(2000, 0.7);
            double mul = StrictMath.exp(-1.0 / (0.012 * SR));
            double amp = 1;
            for (int i = 0; i < len; i++) {
                double t = i / (double) SR;
                double s = 0.6 * Osc.sin(1700 * t) + 0.4 * Osc.sin(520 * t) + 0.3 * hp.process(noise());
                out[i] = s * amp * vel;
                amp *= mul;
            }
            fadeTail(out);
            return out;
        }

        private static void fadeTail(double[] x) {
            int n = Math.min(x.length, 128);
            for (int i = 0; i < n; i++) x[x.length - 1 - i] *= i / (double) n;
        }
    }

    // =============================================================================================
    // Filters and effects
    // =============================================================================================

    /** Biquad in transposed direct form II; RBJ cookbook designs, or raw coefficients (a0 = 1). */
    static final class Biquad {
        final double b0, b1, b2, a1, a2;
        private double z1, z2;

        Biquad(double b0, double b1, double b2, double a1, double a2) {
            this.b0 = b0;
            this.b1 = b1;
            this.b2 = b2;
            this.a1 = a1;
            this.a2 = a2;
        }

        private static Biquad rbj(double b0, double b1, double b2, double a0, double a1, double a2) {
            return new Biquad(b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0);
        }

        static Biquad lowpass(double hz, double q) {
            double w = 2 * Math.PI * hz / SR, c = StrictMath.cos(w), alpha = StrictMath.sin(w) / (2 * q);
            return rbj((1 - c) / 2, 1 - c, (1 - c) / 2, 1 + alpha, -2 * c, 1 - alpha);
        }

        static Biquad highpass(double hz, double q) {
            double w = 2 * Math.PI * hz / SR, c = StrictMath.cos(w), alpha = StrictMath.sin(w) / (2 * q);
            return rbj((1 + c) / 2, -(1 + c), (1 + c) / 2, 1 + alpha, -2 * c, 1 - alpha);
        }

        /** Band-pass with 0 dB peak gain. */
        static Biquad bandpass(double hz, double q) {
            double w = 2 * Math.PI * hz / SR, c = StrictMath.cos(w), alpha = StrictMath.sin(w) / (2 * q);
            return rbj(alpha, 0, -alpha, 1 + alpha, -2 * c, 1 - alpha);
        }

        Biquad copy() {
            return new Biquad(b0, b1, b2, a1, a2);
        }

        double process(double x) {
            double y = b0 * x + z1;
            z1 = b1 * x - a1 * y + z2;
            z2 = b2 * x - a2 * y;
            return y;
        }

        void processInPlace(double[] x) {
            for (int i = 0; i < x.length; i++) x[i] = process(x[i]);
        }
    }

    /** State-variable filter (Simper's trapezoidal form): stable under fast cutoff changes. */
    static final class Svf {
        private double ic1, ic2, a1, a2, a3;

        void set(double hz, double q) {
            double g = StrictMath.tan(Math.PI * Math.min(hz, 0.45 * SR) / SR);
            double k = 1 / q;
            a1 = 1 / (1 + g * (g + k));
            a2 = g * a1;
            a3 = g * a2;
        }

        double lowpass(double v0) {
            double v3 = v0 - ic2;
            double v1 = a1 * ic1 + a2 * v3;
            double v2 = ic2 + a2 * ic1 + a3 * v3;
            ic1 = 2 * v1 - ic1;
            ic2 = 2 * v2 - ic2;
            return v2;
        }
    }

    static final class Effects {
        /** Smooth saturator: a rational tanh approximation, exactly ±1 beyond |x| = 3. */
        static double softClip(double x) {
            if (x > 3) return 1;
            if (x < -3) return -1;
            return x * (27 + x * x) / (27 + 9 * x * x);
        }

        static void lowpass(Stereo s, double hz, double q) {
            Biquad.lowpass(hz, q).processInPlace(s.l);
            Biquad.lowpass(hz, q).processInPlace(s.r);
        }

        static void highpass(Stereo s, double hz, double q) {
            Biquad.highpass(hz, q).processInPlace(s.l);
            Biquad.highpass(hz, q).processInPlace(s.r);
        }

        static void add(Stereo into, Stereo from, double gain) {
            for (int i = 0; i < into.l.length; i++) {
                into.l[i] += from.l[i] * gain;
                into.r[i] += from.r[i] * gain;
            }
        }

        /** Auto-pan tremolo: left and right swell in opposite phase. */
        static void tremolo(Stereo s, double rateHz, double depth) {
            for (int i = 0; i < s.l.length; i++) {
                double m = depth * Osc.sin(rateHz * i / SR);
                s.l[i] *= 1 - 0.5 * depth + 0.5 * m;
                s.r[i] *= 1 - 0.5 * depth - 0.5 * m;
            }
        }

        /** Side-chain style ducking: gain dips by {@code depth} at each kick and recovers. */
        static void duck(Stereo s, List<Double> kickTimes, double depth, double recoverSec) {
            double[] gain = new double[s.l.length];
            java.util.Arrays.fill(gain, 1.0);
            for (double t : kickTimes) {
                int start = (int) Math.round(t * SR);
                int len = (int) (recoverSec * 8 * SR);
                for (int i = 0; i < len && start + i < gain.length; i++) {
                    double x = i / (recoverSec * SR);
                    double g = 1 - depth * (1 - x * x / (1 + x * x)) * Math.min(1, i / (0.004 * SR) + 0.3);
                    gain[start + i] = Math.min(gain[start + i], g);
                }
            }
            for (int i = 0; i < gain.length; i++) {
                s.l[i] *= gain[i];
                s.r[i] *= gain[i];
            }
        }

        /** Record surface: quiet hiss and sparse soft crackles, band-limited. */
        static Stereo vinyl(Random rng, int frames) {
            Stereo out = new Stereo(frames);
            Biquad hl = Biquad.bandpass(3000, 0.5);
            Biquad hr = Biquad.bandpass(3000, 0.5);
            for (int i = 0; i < frames; i++) {
                double hiss = 0.0025;
                out.l[i] = hl.process((rng.nextDouble() * 2 - 1) * hiss);
                out.r[i] = hr.process((rng.nextDouble() * 2 - 1) * hiss);
                if (rng.nextDouble() < 6.0 / SR) {
                    double amp = 0.01 + 0.03 * rng.nextDouble();
                    boolean left = rng.nextBoolean();
                    for (int k = 0; k < 40 && i + k < frames; k++) {
                        double c = amp * (1 - k / 40.0) * (k % 2 == 0 ? 1 : -0.7);
                        if (left) out.l[i + k] += c; else out.r[i + k] += c * 0.8;
                    }
                }
            }
            Effects.lowpass(out, 6000, 0.7);
            return out;
        }

        /**
         * Freeverb (Jezar's Schroeder-Moorer design): eight damped feedback combs in parallel,
         * four all-passes in series, per channel; the right channel's lines are 23 samples longer.
         * Tunings are for 44.1 kHz.
         */
        static Stereo reverb(Stereo send, double room, double damp, double width, double preDelaySec) {
            int[] combs = {1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617};
            int[] allpasses = {556, 441, 341, 225};
            int spread = 23;
            double feedback = room * 0.28 + 0.7;
            double damping = damp * 0.4;
            int pre = (int) (preDelaySec * SR);
            int n = send.l.length;
            double[] in = new double[n];
            for (int i = pre; i < n; i++) in[i] = (send.l[i - pre] + send.r[i - pre]) * 0.015;
            double[][] wet = new double[2][];
            for (int ch = 0; ch < 2; ch++) {
                int off = ch == 0 ? 0 : spread;
                double[] acc = new double[n];
                for (int c : combs) {
                    double[] buf = new double[c + off];
                    double store = 0;
                    int p = 0;
                    for (int i = 0; i < n; i++) {
                        double out = buf[p];
                        store = out * (1 - damping) + store * damping;
                        buf[p] = in[i] + store * feedback;
                        p = p + 1 == buf.length ? 0 : p + 1;
                        acc[i] += out;
                    }
                }
                for (int a : allpasses) {
                    double[] buf = new double[a + off];
                    int p = 0;
                    for (int i = 0; i < n; i++) {
                        double bo = buf[p];
                        double out = -acc[i] + bo;
                        buf[p] = acc[i] + bo * 0.5;
                        p = p + 1 == buf.length ? 0 : p + 1;
                        acc[i] = out;
                    }
                }
                wet[ch] = acc;
            }
            Stereo out = new Stereo(n);
            double w1 = (width / 2 + 0.5) * 3;
            double w2 = ((1 - width) / 2) * 3;
            for (int i = 0; i < n; i++) {
                out.l[i] = wet[0][i] * w1 + wet[1][i] * w2;
                out.r[i] = wet[1][i] * w1 + wet[0][i] * w2;
            }
            return out;
        }

        /** Ping-pong delay: echoes alternate left and right, each darker and quieter. */
        static Stereo pingPong(Stereo send, double delaySec, double feedback, double lowpassHz) {
            int d = (int) Math.round(delaySec * SR);
            int n = send.l.length;
            double[] bl = new double[d];
            double[] br = new double[d];
            Biquad lpL = Biquad.lowpass(lowpassHz, 0.7);
            Biquad lpR = Biquad.lowpass(lowpassHz, 0.7);
            Biquad hp = Biquad.highpass(250, 0.7);
            Stereo out = new Stereo(n);
            int p = 0;
            for (int i = 0; i < n; i++) {
                double ol = bl[p];
                double or = br[p];
                out.l[i] = ol;
                out.r[i] = or;
                double in = hp.process(0.5 * (send.l[i] + send.r[i]));
                bl[p] = in + feedback * lpR.process(or);
                br[p] = feedback * lpL.process(ol);
                p = p + 1 == d ? 0 : p + 1;
            }
            return out;
        }
    }

    // =============================================================================================
    // Buffers, buses, mixing and mastering
    // =============================================================================================

    static final class Stereo {
        final double[] l;
        final double[] r;

        Stereo(int frames) {
            l = new double[frames];
            r = new double[frames];
        }

        /** Adds mono samples at a frame offset with constant-power panning (pan in -1..1). */
        void addMono(double[] x, int at, double gain, double pan) {
            double angle = (pan + 1) * Math.PI / 4;
            double gl = gain * StrictMath.cos(angle) * Math.sqrt(2);
            double gr = gain * StrictMath.sin(angle) * Math.sqrt(2);
            for (int i = 0; i < x.length; i++) {
                int j = at + i;
                if (j < 0) continue;
                if (j >= l.length) break;
                l[j] += x[i] * gl;
                r[j] += x[i] * gr;
            }
        }
    }

    /** A mixer channel: its dry signal and how much of it goes to the shared reverb and delay. */
    static final class Bus {
        final Stereo dry;
        final double reverbSend;
        final double delaySend;

        Bus(int frames, double reverbSend, double delaySend) {
            this.dry = new Stereo(frames);
            this.reverbSend = reverbSend;
            this.delaySend = delaySend;
        }

        void note(Voice voice, double startSec, double lengthSec, double midi, double vel, double pan, double gain) {
            int gate = Math.max(1, (int) Math.round(lengthSec * SR));
            dry.addMono(voice.play(hz(midi), gate, vel), (int) Math.round(startSec * SR), gain, pan);
        }

        void hit(double[] oneShot, double startSec, double pan, double gain) {
            dry.addMono(oneShot, (int) Math.round(startSec * SR), gain, pan);
        }
    }

    static final class Mixer {
        record ReverbSettings(double room, double damp, double width, double preDelaySec, double returnGain) {}

        record DelaySettings(double timeSec, double feedback, double lowpassHz) {}

        static Stereo mixdown(List<Bus> buses, ReverbSettings rv, DelaySettings dl) {
            int n = buses.get(0).dry.l.length;
            Stereo mix = new Stereo(n);
            Stereo reverbSend = new Stereo(n);
            Stereo delaySend = new Stereo(n);
            for (Bus b : buses) {
                Effects.add(mix, b.dry, 1.0);
                Effects.add(reverbSend, b.dry, b.reverbSend);
                Effects.add(delaySend, b.dry, b.delaySend);
            }
            Stereo echoes = Effects.pingPong(delaySend, dl.timeSec(), dl.feedback(), dl.lowpassHz());
            Effects.add(mix, echoes, 1.0);
            Effects.add(reverbSend, echoes, 0.5);
            Effects.highpass(reverbSend, 180, 0.7);
            Effects.add(mix, Effects.reverb(reverbSend, rv.room(), rv.damp(), rv.width(), rv.preDelaySec()), rv.returnGain());
            return mix;
        }
    }

    /** Final stage: rumble filter, fades, peak normalisation, TPDF dither to 16 bits. */
    static final class Master {
        static final double FADE_IN_SEC = 0.25;
        static final double FADE_OUT_SEC = 2.5;

        static short[][] finish(Stereo mix, long seed) {
            Effects.highpass(mix, 28, 0.7);
            int n = mix.l.length;
            int fin = (int) (FADE_IN_SEC * SR);
            int fout = (int) (FADE_OUT_SEC * SR);
            for (int i = 0; i < n; i++) {
                double g = 1;
                if (i < fin) g *= 0.5 - 0.5 * Osc.sin(0.25 + 0.5 * i / (double) fin);
                int fromEnd = n - 1 - i;
                if (fromEnd < fout) g *= 0.5 - 0.5 * Osc.sin(0.25 + 0.5 * fromEnd / (double) fout);
                mix.l[i] *= g;
                mix.r[i] *= g;
            }
            double peak = 1e-9;
            for (int i = 0; i < n; i++) peak = Math.max(peak, Math.max(Math.abs(mix.l[i]), Math.abs(mix.r[i])));
            double gain = StrictMath.pow(10, PEAK_CEILING_DBFS / 20) / peak * 32767;
            Random dither = new Random(seed ^ 0x5EEDL);
            short[][] pcm = new short[2][n];
            for (int i = 0; i < n; i++) {
                pcm[0][i] = quantise(mix.l[i] * gain + dither.nextDouble() - dither.nextDouble());
                pcm[1][i] = quantise(mix.r[i] * gain + dither.nextDouble() - dither.nextDouble());
            }
            return pcm;
        }

        private static short quantise(double x) {
            long v = Math.round(x);
            if (v > 32767 || v < -32768) throw new IllegalStateException("clipped sample " + x);
            return (short) v;
        }

        static double[][] toDouble(short[][] pcm) {
            double[][] out = new double[pcm.length][pcm[0].length];
            for (int c = 0; c < pcm.length; c++) {
                for (int i = 0; i < pcm[c].length; i++) out[c][i] = pcm[c][i] / 32768.0;
            }
            return out;
        }

        static double peakDbfs(short[][] pcm) {
            int peak = 1;
            for (short[] ch : pcm) for (short v : ch) peak = Math.max(peak, Math.abs((int) v));
            return 20 * Math.log10(peak / 32768.0);
        }
    }

    // =============================================================================================
    // Loudness: ITU-R BS.1770-4 integrated loudness (the measure EBU R128 specifies)
    // =============================================================================================

    /**
     * Integrated loudness per ITU-R BS.1770-4 for mono or stereo (channel weights 1.0).
     *
     * <p>K-weighting is the standard's two biquads: a high-shelf pre-filter (+4 dB above ~1.7 kHz,
     * modelling the head) and the RLB high-pass (~38 Hz). The standard tabulates their
     * coefficients at 48 kHz only; here they are derived for any rate from the analog prototype
     * parameters that reproduce the 48 kHz table (the derivation libebur128 uses), and
     * {@link MeterSelfTest} checks they match that table. Then: mean square per channel over
     * 400 ms blocks with 75 % overlap; block loudness -0.691 + 10 log10(sum of channel powers);
     * absolute gate -70 LUFS; relative gate 10 LU below the mean of the blocks passing it.
     */
    static final class LoudnessMeter {
        static final double ABSOLUTE_GATE_LUFS = -70.0;
        static final double RELATIVE_GATE_LU = -10.0;

        /** {shelf b0,b1,b2,a1,a2}, {high-pass b0,b1,b2,a1,a2} for sample rate {@code fs}. */
        static double[][] kWeighting(double fs) {
            double f0 = 1681.974450955533;
            double gainDb = 3.999843853973347;
            double q = 0.7071752369554196;
            double k = StrictMath.tan(Math.PI * f0 / fs);
            double vh = StrictMath.pow(10.0, gainDb / 20.0);
            double vb = StrictMath.pow(vh, 0.4996667741545416);
            double a0 = 1.0 + k / q + k * k;
            double[] shelf = {
                    (vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0,
                    2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0};
            f0 = 38.13547087602444;
            q = 0.5003270373238773;
            k = StrictMath.tan(Math.PI * f0 / fs);
            double d = 1.0 + k / q + k * k;
            double[] highpass = {1.0, -2.0, 1.0, 2.0 * (k * k - 1.0) / d, (1.0 - k / q + k * k) / d};
            return new double[][] {shelf, highpass};
        }

        /** Integrated loudness in LUFS of channels in [-1, 1]; -infinity if every block is gated. */
        static double integrated(double[][] channels, double fs) {
            double[][] kw = kWeighting(fs);
            int n = channels[0].length;
            int block = (int) Math.round(0.4 * fs);
            int hop = (int) Math.round(0.1 * fs);
            int blocks = n < block ? 0 : (n - block) / hop + 1;
            double[] power = new double[blocks];
            for (double[] ch : channels) {
                Biquad shelf = new Biquad(kw[0][0], kw[0][1], kw[0][2], kw[0][3], kw[0][4]);
                Biquad hp = new Biquad(kw[1][0], kw[1][1], kw[1][2], kw[1][3], kw[1][4]);
                double[] prefix = new double[n + 1];
                for (int i = 0; i < n; i++) {
                    double y = hp.process(shelf.process(ch[i]));
                    prefix[i + 1] = prefix[i] + y * y;
                }
                for (int j = 0; j < blocks; j++) {
                    power[j] += (prefix[j * hop + block] - prefix[j * hop]) / block;
                }
            }
            double sum = 0;
            int count = 0;
            for (double p : power) {
                if (lufs(p) > ABSOLUTE_GATE_LUFS) {
                    sum += p;
                    count++;
                }
            }
            if (count == 0) return Double.NEGATIVE_INFINITY;
            double relativeGate = lufs(sum / count) + RELATIVE_GATE_LU;
            sum = 0;
            count = 0;
            for (double p : power) {
                double l = lufs(p);
                if (l > ABSOLUTE_GATE_LUFS && l > relativeGate) {
                    sum += p;
                    count++;
                }
            }
            return lufs(sum / count);
        }

        private static double lufs(double power) {
            return -0.691 + 10 * Math.log10(power);
        }
    }

    /**
     * Checks the meter against the K-weighting table of BS.1770-4 (48 kHz) and the EBU Tech 3341
     * (v4) minimum-requirement signals 1 to 5 (1 kHz stereo sines, expected value ±0.1 LU), at
     * 48 kHz and 44.1 kHz, plus a 997 Hz variant and BS.1770's statement that a 0 dBFS 1 kHz sine
     * in one channel reads -3.01 LKFS.
     */
    static final class MeterSelfTest {
        static boolean run() {
            boolean ok = true;
            double[][] kw = LoudnessMeter.kWeighting(48000);
            double[][] table = {
                    {1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585},
                    {1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621}};
            double worst = 0;
            for (int f = 0; f < 2; f++) {
                for (int c = 0; c < 5; c++) worst = Math.max(worst, Math.abs(kw[f][c] - table[f][c]));
            }
            ok &= report("K-weighting at 48 kHz vs BS.1770-4 Tables 1-2 (max |diff| %.1e)".formatted(worst), worst < 1e-8);
            double[][] k44 = LoudnessMeter.kWeighting(44100);
            System.out.printf(Locale.ROOT, "    44.1 kHz shelf  b=%.14f %.14f %.14f a=1 %.14f %.14f%n",
                    k44[0][0], k44[0][1], k44[0][2], k44[0][3], k44[0][4]);
            System.out.printf(Locale.ROOT, "    44.1 kHz RLB HP b=1 -2 1 a=1 %.14f %.14f%n", k44[1][3], k44[1][4]);
            for (int fs : new int[] {48000, 44100}) {
                ok &= check(fs, "Tech 3341 #1: 1 kHz -23 dBFS, 20 s", -23.0, 1000, new double[][] {{-23, 20}});
                ok &= check(fs, "Tech 3341 #2: 1 kHz -33 dBFS, 20 s", -33.0, 1000, new double[][] {{-33, 20}});
                ok &= check(fs, "Tech 3341 #3: -36/-23/-36 dBFS, 10/60/10 s", -23.0, 1000,
                        new double[][] {{-36, 10}, {-23, 60}, {-36, 10}});
                ok &= check(fs, "Tech 3341 #4: -72/-36/-23/-36/-72 dBFS", -23.0, 1000,
                        new double[][] {{-72, 10}, {-36, 10}, {-23, 60}, {-36, 10}, {-72, 10}});
                ok &= check(fs, "Tech 3341 #5: -26/-20/-26 dBFS, 20/20.1/20 s", -23.0, 1000,
                        new double[][] {{-26, 20}, {-20, 20.1}, {-26, 20}});
                ok &= check(fs, "997 Hz -23 dBFS stereo, 20 s", -23.0, 997, new double[][] {{-23, 20}});
                double[][] left = {sine(fs, 1000, 0, 20), new double[fs * 20]};
                double l = LoudnessMeter.integrated(left, fs);
                ok &= report(String.format(Locale.ROOT, "%d Hz  BS.1770: 0 dBFS 1 kHz, left only -> -3.01 LKFS: %.3f", fs, l),
                        Math.abs(l + 3.01) <= 0.05);
            }
            System.out.println(ok ? "loudness meter: all checks passed" : "loudness meter: FAILED");
            return ok;
        }

        private static boolean check(int fs, String name, double expected, double hz, double[][] segments) {
            int total = 0;
            for (double[] s : segments) total += (int) Math.round(s[1] * fs);
            double[] x = new double[total];
            int at = 0;
            for (double[] s : segments) {
                double[] part = sine(fs, hz, s[0], s[1]);
                System.arraycopy(part, 0, x, at, part.length);
                at += part.length;
            }
            double measured = LoudnessMeter.integrated(new double[][] {x, x}, fs);
            return report(String.format(Locale.ROOT, "%d Hz  %-45s expect %6.1f  got %8.3f", fs, name, expected, measured),
                    Math.abs(measured - expected) <= 0.1);
        }

        private static double[] sine(int fs, double hz, double dbfs, double seconds) {
            double amp = Math.pow(10, dbfs / 20);
            double[] x = new double[(int) Math.round(seconds * fs)];
            for (int i = 0; i < x.length; i++) x[i] = amp * Math.sin(2 * Math.PI * hz * i / fs);
            return x;
        }

        private static boolean report(String line, boolean pass) {
            System.out.println((pass ? "  ok    " : "  FAIL  ") + line);
            return pass;
        }
    }

    // =============================================================================================
    // Writers
    // =============================================================================================

    /** Canonical 44-byte-header PCM WAV (RIFF, WAVE_FORMAT_PCM, 16-bit little-endian). */
    static final class WavWriter {
        static void write(Path path, short[][] pcm) throws IOException {
            int channels = pcm.length;
            int frames = pcm[0].length;
            int dataBytes = frames * channels * 2;
            ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
            b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
            b.put("WAVE".getBytes(StandardCharsets.US_ASCII));
            b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                    .putShort((short) channels).putInt(SR).putInt(SR * channels * 2)
                    .putShort((short) (channels * 2)).putShort((short) 16);
            b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
            for (int i = 0; i < frames; i++) {
                for (short[] ch : pcm) b.putShort(ch[i]);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
                out.write(b.array());
            }
        }
    }

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

    static final class Metadata {
        static void writeJson(Path path, List<Rendered> tracks) throws IOException {
            StringBuilder sb = new StringBuilder("{\"version\": 1,\n \"tracks\": [\n");
            for (int i = 0; i < tracks.size(); i++) {
                Rendered r = tracks.get(i);
                TrackSpec t = r.spec();
                sb.append(String.format(Locale.ROOT,
                        "  {\"id\": \"%s\", \"title\": \"%s\", \"artist\": \"%s\", \"artist_id\": \"%s\", "
                                + "\"album\": \"%s\", \"album_id\": \"%s\", \"album_year\": %d, \"track_number\": %d, "
                                + "\"duration_ms\": %d, \"frames\": %d, \"sample_rate\": %d, \"channels\": 2, "
                                + "\"loudness_lufs\": %.1f, \"loudness_gain_db\": %.1f, \"tempo_bpm\": %d, "
                                + "\"key\": \"%s\", \"wav\": \"%s\"}%s\n",
                        t.id(), t.title(), t.artist(), t.artistId(), t.album(), t.albumId(), t.albumYear(),
                        t.trackNumber(), r.durationMs(), r.frames(), SR, r.lufsRounded(), r.gainDb(), t.tempoBpm(),
                        t.key(), r.wavFile(), i + 1 < tracks.size() ? "," : ""));
            }
            sb.append(" ]}\n");
            Files.writeString(path, sb.toString(), StandardCharsets.UTF_8);
        }

        /** Same rows, tab-separated, for {@code generate.sh}; the header names the columns. */
        static void writeTsv(Path path, List<Rendered> tracks) throws IOException {
            StringBuilder sb = new StringBuilder(
                    "id\ttitle\tartist\tartist_id\talbum\talbum_id\talbum_year\ttrack_number\tduration_ms"
                            + "\tloudness_lufs\tloudness_gain_db\ttempo_bpm\tkey\twav\n");
            for (Rendered r : tracks) {
                TrackSpec t = r.spec();
                sb.append(String.join("\t", t.id(), t.title(), t.artist(), t.artistId(), t.album(), t.albumId(),
                        Integer.toString(t.albumYear()), Integer.toString(t.trackNumber()),
                        Long.toString(r.durationMs()), String.format(Locale.ROOT, "%.1f", r.lufsRounded()),
                        String.format(Locale.ROOT, "%.1f", r.gainDb()), Integer.toString(t.tempoBpm()), t.key(),
                        r.wavFile())).append('\n');
            }
            Files.writeString(path, sb.toString(), StandardCharsets.UTF_8);
        }
    }
}
