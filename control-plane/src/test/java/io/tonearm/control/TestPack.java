package io.tonearm.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Writes a tiny sample pack (manifest plus made-up "audio" bytes) into a directory. Track {@code i}
 * is {@code track-0i}; its file of {@code k} kbps holds {@code 1000 + k + i} deterministic bytes.
 */
public final class TestPack {

    public static final int[] QUALITIES = {24, 96, 160, 320};

    private TestPack() {
    }

    /**
     * One manifest entry: track {@code i} on an album, with {@code extra} JSON members (such as
     * {@code "energy":0.4}) appended verbatim, or empty. Tempo 84 and key "D minor" are written
     * unless {@code extra} has its own.
     */
    public record Spec(int i, String artistId, String artist, String albumId, String album, int year,
                       int trackNumber, String extra) {
    }

    /** Tracks 1..n, all track {@code i} of Velvet Orchard's "First Light" (2026). */
    public static Path write(Path dir, int tracks) {
        List<Spec> specs = new ArrayList<>();
        for (int i = 1; i <= tracks; i++) {
            specs.add(new Spec(i, "velvet-orchard", "Velvet Orchard", "first-light", "First Light", 2026, i, ""));
        }
        return write(dir, specs);
    }

    public static Path write(Path dir, List<Spec> specs) {
        try {
            Files.createDirectories(dir.resolve("audio"));
            List<String> entries = new ArrayList<>();
            for (Spec spec : specs) {
                entries.add(entry(dir, spec));
            }
            writeManifest(dir, "{\"version\":1,\"tracks\":[" + String.join(",", entries) + "]}");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeManifest(Path dir, String json) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), json, StandardCharsets.UTF_8);
    }

    public static String trackId(int i) {
        return String.format(Locale.ROOT, "track-%02d", i);
    }

    /** The bytes the pack holds for track {@code i} at {@code kbps}. */
    public static byte[] audio(int i, int kbps) {
        byte[] bytes = new byte[1000 + kbps + i];
        for (int b = 0; b < bytes.length; b++) {
            bytes[b] = (byte) (b * 31 + i * 7 + kbps);
        }
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String entry(Path dir, Spec spec) throws IOException {
        int i = spec.i();
        List<String> qualities = new ArrayList<>();
        for (int kbps : QUALITIES) {
            byte[] bytes = audio(i, kbps);
            String file = "audio/" + trackId(i) + "-" + kbps + ".ogg";
            Files.write(dir.resolve(file), bytes);
            qualities.add(String.format(Locale.ROOT, "\"%d\":{\"file\":\"%s\",\"bytes\":%d,\"bitrate_kbps\":%.1f,"
                            + "\"sample_rate\":%d,\"channels\":%d,\"sha256\":\"%s\"}", kbps, file, bytes.length,
                    kbps - 0.5, kbps < 96 ? 22050 : 44100, kbps < 96 ? 1 : 2, sha256(bytes)));
        }
        return String.format(Locale.ROOT, "{\"id\":\"%s\",\"title\":\"Song %d\",\"artist\":\"%s\","
                        + "\"artist_id\":\"%s\",\"album\":\"%s\",\"album_id\":\"%s\","
                        + "\"album_year\":%d,\"track_number\":%d,\"duration_ms\":%d,\"loudness_lufs\":-16.1,"
                        + "\"loudness_gain_db\":-2.1,%s%s%s\"qualities\":{%s}}",
                trackId(i), i, spec.artist(), spec.artistId(), spec.album(), spec.albumId(), spec.year(),
                spec.trackNumber(), 20000 + i, spec.extra().contains("\"tempo_bpm\"") ? "" : "\"tempo_bpm\":84,",
                spec.extra().contains("\"key\"") ? "" : "\"key\":\"D minor\",",
                spec.extra().isEmpty() ? "" : spec.extra() + ",", String.join(",", qualities));
    }
}
