package io.tonearm.control.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.tonearm.control.catalog.CatalogViews.AlbumRefView;
import io.tonearm.control.catalog.CatalogViews.ArtistView;
import io.tonearm.control.catalog.CatalogViews.PageView;
import io.tonearm.control.catalog.CatalogViews.TrackView;

import java.util.Optional;

/** The JSON of {@code GET /v1/search}, shaped like Spotify's: one page per requested type. */
public final class SearchViews {

    private SearchViews() {
    }

    /**
     * Only the requested types appear. Items are the catalog endpoints' own objects: full tracks,
     * artists, simplified albums; {@code playlists} items are simplified playlists (public ones only).
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record SearchResultView(Optional<PageView<TrackView>> tracks, Optional<PageView<ArtistView>> artists,
                                   Optional<PageView<AlbumRefView>> albums,
                                   Optional<PageView<Object>> playlists) {
    }
}
