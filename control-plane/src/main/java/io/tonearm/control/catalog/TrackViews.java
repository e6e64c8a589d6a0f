package io.tonearm.control.catalog;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The catalog's JSON (docs/http-contracts.md), shaped like Spotify's Web API. */
public final class TrackViews {

    private TrackViews() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record ArtistView(String id, String uri, String name) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record AlbumView(String id, String uri, String name, String releaseDate) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record TrackView(String id, String uri, String type, String name, long durationMs, int trackNumber,
                            List<ArtistView> artists, AlbumView album, List<Integer> availableQualities,
                            double loudnessGainDb) {
    }

    /** One page of a list; {@code next} and {@code previous} are absolute URLs or null. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record PageView<T>(String href, List<T> items, int limit, long offset, long total,
                              Optional<String> next, Optional<String> previous) {
    }

    public static TrackView of(Track track) {
        Artist artist = track.artist();
        Album album = track.album();
        return new TrackView(track.id().value(), "tonearm:track:" + track.id().value(), "track", track.title(),
                track.durationMs(), track.trackNumber(),
                List.of(new ArtistView(artist.id(), "tonearm:artist:" + artist.id(), artist.name())),
                new AlbumView(album.id(), "tonearm:album:" + album.id(), album.name(), String.valueOf(album.year())),
                track.files().keySet().stream().map(Quality::kbps).collect(Collectors.toList()),
                track.loudnessGainDb());
    }
}
