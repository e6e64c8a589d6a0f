package io.tonearm.control.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A catalog track with its artist, album and the encodings it is available in.
 *
 * @param loudnessGainDb gain a player applies to reach the reference loudness (ReplayGain-style)
 * @param loudnessLufs   measured integrated loudness, when known
 * @param tempoBpm       measured tempo, when known
 * @param key            musical key such as {@code "D minor"}, when known
 */
public record Track(TrackId id, String title, Artist artist, Album album, int trackNumber, long durationMs,
                    double loudnessGainDb, OptionalDouble loudnessLufs, OptionalDouble tempoBpm,
                    Optional<String> key, Map<Quality, TrackFile> files) {

    public Track {
        if (id == null || artist == null || album == null || loudnessLufs == null || tempoBpm == null
                || key == null || files == null) {
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
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a track needs at least one quality");
        }
        files.forEach((quality, file) -> {
            if (file.quality() != quality) {
                throw new IllegalArgumentException("file " + file.quality() + " filed under " + quality);
            }
        });
        files = Collections.unmodifiableMap(new EnumMap<>(files));
    }

    public Optional<TrackFile> file(Quality quality) {
        return Optional.ofNullable(files.get(quality));
    }
}
