package io.tonearm.control.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;
import java.util.Map;

/**
 * The sample pack's {@code manifest.json} exactly as written, every field nullable: these records
 * only carry the JSON; {@link SamplePack} validates them field by field so an error can say which
 * track and field is wrong.
 */
final class ManifestJson {

    private ManifestJson() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Manifest(@Nullable Integer version, @Nullable List<Entry> tracks) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Entry(@Nullable String id, @Nullable String title, @Nullable String artist, @Nullable String artistId,
                 @Nullable String album, @Nullable String albumId, @Nullable Integer albumYear,
                 @Nullable String albumType, @Nullable Integer trackNumber, @Nullable Long durationMs,
                 @Nullable Double loudnessLufs, @Nullable Double loudnessGainDb, @Nullable Double tempoBpm,
                 @Nullable String key, @Nullable Double energy, @Nullable Map<String, FileEntry> qualities) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record FileEntry(@Nullable String file, @Nullable Long bytes, @Nullable Double bitrateKbps,
                     @Nullable Integer sampleRate, @Nullable Integer channels, @Nullable String sha256) {
    }
}
