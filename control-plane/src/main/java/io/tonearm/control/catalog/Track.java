package io.tonearm.control.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A catalog track with its artist, album and the encodings it is available in. A track may have no
 * encodings yet (a synthetic catalog, or audio still being ingested): it is listed and searchable,
 * lists no qualities, and asking for its stream is a 404.
 *
 * @param loudnessGainDb gain a player applies to reach the reference loudness (ReplayGain-style)
 * @param loudnessLufs   measured integrated loudness, when known
 * @param tempoBpm       tempo in beats per minute (above 0, at most 400), when known
 * @param key            musical key such as {@code "D minor"} (1 to 32 characters), when known
 * @param energy         perceived intensity from 0 to 1, when measured; nothing computes it yet, so it
 *                       is empty unless the source provides a measured value
 */
public record Track(TrackId id, String title, Artist artist, Album album, int trackNumber, long durationMs,
                    double loudnessGainDb, OptionalDouble loudnessLufs, OptionalDouble tempoBpm,
                    Optional<String> key, OptionalDouble energy, Map<Quality, TrackFile> files) {

    public Track {
        if (id == null || artist == null || album == null || loudnessLufs == null || tempoBpm == null
                || key == null || energy == null || files == null) {
            throw new IllegalArgumentException("track fields must not be null");
        }
        Checks.text(title, "track title");
        if (trackNumber < 1 || trackNumber > 999) {
            throw new IllegalArgumentException("track_number must be 1 to 999: " + trackNumber);
        }
        Checks.positive(durationMs, "duration_ms");
        if (!Double.isFinite(loudnessGainDb) || Math.abs(loudnessGainDb) > 60) {
            throw new IllegalArgumentException("loudness_gain_db must be within ±60 dB");
        }
        if (loudnessLufs.isPresent() && !Double.isFinite(loudnessLufs.getAsDouble())) {
            throw new IllegalArgumentException("loudness_lufs must be a finite number");
        }
        if (tempoBpm.isPresent() && !(tempoBpm.getAsDouble() > 0 && tempoBpm.getAsDouble() <= 400)) {
            throw new IllegalArgumentException("tempo_bpm must be above 0 and at most 400");
        }
        if (key.isPresent() && (key.get().isBlank() || key.get().length() > 32)) {
            throw new IllegalArgumentException("key must be 1 to 32 characters");
        }
        if (energy.isPresent() && !(energy.getAsDouble() >= 0 && energy.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("energy must be from 0 to 1");
        }
        files.forEach((quality, file) -> {
            if (file.quality() != quality) {
                throw new IllegalArgumentException("file " + file.quality() + " filed under " + quality);
            }
        });
        Map<Quality, TrackFile> copy = new EnumMap<>(Quality.class);
        copy.putAll(files);
        files = Collections.unmodifiableMap(copy);
    }

    public Optional<TrackFile> file(Quality quality) {
        return Optional.ofNullable(files.get(quality));
    }
}
