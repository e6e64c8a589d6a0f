package io.tonearm.control.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;
import java.util.Optional;

/**
 * The catalog's JSON (docs/http-contracts.md), shaped like Spotify's Web API objects: "simplified"
 * objects are the ones nested in others. Absent values are written as {@code null}.
 */
public final class CatalogViews {

    private CatalogViews() {
    }

    /** Spotify's simplified artist. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record ArtistRefView(String href, String id, String name, String type, String uri) {
    }

    /** Spotify's artist; {@code genres} is empty until the catalog has them, popularity is left out. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record ArtistView(List<String> genres, String href, String id, String name, String type, String uri) {
    }

    /** Spotify's simplified album, as nested in a track or listed for an artist. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record AlbumRefView(String albumType, int totalTracks, String href, String id, String name,
                               String releaseDate, String releaseDatePrecision, String type, String uri,
                               List<ArtistRefView> artists) {
    }

    /** Spotify's album: the simplified fields plus the first page of its tracks. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record AlbumView(String albumType, int totalTracks, String href, String id, String name,
                            String releaseDate, String releaseDatePrecision, String type, String uri,
                            List<ArtistRefView> artists, PageView<SimpleTrackView> tracks) {
    }

    /** A track with its album, plus the audio facts a player needs. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record TrackView(String id, String uri, String href, String type, String name, long durationMs,
                            int trackNumber, List<ArtistRefView> artists, AlbumRefView album,
                            List<Integer> availableQualities, double loudnessGainDb, @Nullable Double tempoBpm,
                            @Nullable String key, @Nullable Double energy) {
    }

    /** A track as listed on its album: {@link TrackView} without {@code album}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record SimpleTrackView(String id, String uri, String href, String type, String name, long durationMs,
                                  int trackNumber, List<ArtistRefView> artists, List<Integer> availableQualities,
                                  double loudnessGainDb, @Nullable Double tempoBpm, @Nullable String key,
                                  @Nullable Double energy) {
    }

    /** One page of a list; {@code next} and {@code previous} are absolute URLs or null. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record PageView<T>(String href, List<T> items, int limit, long offset, long total,
                              Optional<String> next, Optional<String> previous) {
    }

    /** {@code {"tracks": [...]}}: several tracks, where an entry is null for an id that is not in the catalog. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record TracksView(List<TrackView> tracks) {
    }
}
