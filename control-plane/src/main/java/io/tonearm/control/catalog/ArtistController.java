package io.tonearm.control.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.tonearm.control.catalog.CatalogViews.AlbumRefView;
import io.tonearm.control.catalog.CatalogViews.ArtistView;
import io.tonearm.control.catalog.CatalogViews.PageView;
import io.tonearm.control.catalog.CatalogViews.TracksView;
import io.tonearm.control.error.NotFoundException;

import java.util.stream.Collectors;

/**
 * {@code GET /v1/artists/{id}}, {@code /v1/artists/{id}/albums} and
 * {@code /v1/artists/{id}/top-tracks}. Input is validated before the catalog is asked.
 */
@Controller("/v1/artists")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ArtistController {

    private final Catalog catalog;
    private final CatalogViewMapper views;

    ArtistController(Catalog catalog, CatalogViewMapper views) {
        this.catalog = catalog;
        this.views = views;
    }

    @Get("/{id}")
    public ArtistView get(@PathVariable String id) {
        return views.artist(existing(CatalogIds.artistId(id)));
    }

    /** The artist's albums, newest release first. */
    @Get("/{id}/albums")
    public PageView<AlbumRefView> albums(@PathVariable String id, @QueryValue @Nullable String limit,
                                         @QueryValue @Nullable String offset) {
        String artistId = CatalogIds.artistId(id);
        PageWindow window = PageWindow.parse(limit, offset);
        existing(artistId);
        return views.page("/v1/artists/" + artistId + "/albums", window, catalog.artistAlbums(artistId, window),
                views::albumRef);
    }

    /** Up to ten tracks; with no play counts yet, the newest album first in running order. */
    @Get("/{id}/top-tracks")
    public TracksView topTracks(@PathVariable String id) {
        String artistId = CatalogIds.artistId(id);
        existing(artistId);
        return new TracksView(catalog.topTracks(artistId).stream().map(views::track).collect(Collectors.toList()));
    }

    private Artist existing(String artistId) {
        return catalog.artist(artistId).orElseThrow(() -> new NotFoundException("Artist not found"));
    }
}
