package io.tonearm.control.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * Table rows of {@code V1__catalog.sql} and {@code V2__catalog_details.sql}. They stay in this
 * package; the rest of the code sees {@link Track}, {@link Album} and {@link Artist}.
 */
final class CatalogRows {

    private CatalogRows() {
    }

    @MappedEntity("artists")
    record ArtistRow(@Id String id, String name) {
    }

    @MappedEntity("albums")
    record AlbumRow(@Id String id, String name, String artistId, int releaseYear, String albumType,
                    int totalTracks) {
    }

    @MappedEntity("tracks")
    record TrackRow(@Id String id, String title, String artistId, String albumId, int trackNumber, long durationMs,
                    double loudnessGainDb, @Nullable Double loudnessLufs, @Nullable Double tempoBpm,
                    @Nullable String musicalKey, @Nullable Double energy) {
    }

    @Embeddable
    record TrackFileKey(@MappedProperty("track_id") String trackId,
                        @MappedProperty("quality_kbps") int qualityKbps) {
    }

    @MappedEntity("track_files")
    record TrackFileRow(@EmbeddedId TrackFileKey key, long byteSize, double bitrateKbps, int sampleRate,
                        int channels, String sha256) {
    }
}
