package io.tonearm.samples;

import java.util.List;

/** The tracks of the pack, in manifest order. */
final class Catalog {
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
