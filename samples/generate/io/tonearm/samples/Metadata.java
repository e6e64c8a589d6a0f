package io.tonearm.samples;

import static io.tonearm.samples.SampleSynth.SR;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes {@code tracks.json} and {@code tracks.tsv}: one row per rendered track. */
final class Metadata {
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
