package io.tonearm.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Synthesises Tonearm's sample music pack: one 44.1 kHz stereo 16-bit WAV per track plus
 * {@code tracks.json} (metadata, measured loudness) and {@code tracks.tsv} (the same rows for the
 * shell script that encodes them).
 *
 * <pre>
 *   javac --release 17 -d CLASSES samples/generate/io/tonearm/samples/*.java
 *   java -cp CLASSES io.tonearm.samples.SampleSynth OUT_DIR     # render the pack
 *   java -cp CLASSES io.tonearm.samples.SampleSynth --self-test # check the loudness meter (EBU Tech 3341)
 * </pre>
 *
 * Everything is deterministic: every random choice comes from a {@link java.util.Random} seeded
 * per track, and transcendental functions go through {@link StrictMath} or tables built with it,
 * so a rerun on any JVM produces byte-identical WAVs.
 *
 * <p>The pipeline per track: {@link Catalog} entry, {@link Arrangements} (one class per artist,
 * built on {@link Song}, {@link Melody} and the {@link Voice} instruments), {@link Mixer},
 * {@link Master}, {@link LoudnessMeter}, then {@link WavWriter} and finally {@link Metadata}.
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
            System.err.println("usage: SampleSynth OUT_DIR | --self-test");
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
}
