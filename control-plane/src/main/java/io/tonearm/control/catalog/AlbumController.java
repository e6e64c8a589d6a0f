package io.tonearm.control.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.tonearm.control.catalog.CatalogViews.AlbumView;
import io.tonearm.control.catalog.CatalogViews.PageView;
import io.tonearm.control.catalog.CatalogViews.SimpleTrackView;
import io.tonearm.control.error.NotFoundException;

/**
 * {@code GET /v1/albums/{id}} and {@code GET /v1/albums/{id}/tracks}. Input is validated before
 * the catalog is asked, so a malformed request is a 400 even for an album that does not exist.
 */
@Controller("/v1/albums")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AlbumController {

    /** The album object carries its first tracks, up to the largest page, as Spotify's does. */
    private static final PageWindow EMBEDDED_TRACKS = new PageWindow(PageWindow.MAX_LIMIT, 0);

    private final Catalog catalog;
    private final CatalogViewMapper views;

    AlbumController(Catalog catalog, CatalogViewMapper views) {
        this.catalog = catalog;
        this.views = views;
    }

    @Get("/{id}")
    public AlbumView get(@PathVariable String id) {
        String albumId = CatalogIds.albumId(id);
        Album album = catalog.album(albumId).orElseThrow(AlbumController::notFound);
        return views.album(album, catalog.albumTracks(albumId, EMBEDDED_TRACKS), EMBEDDED_TRACKS);
    }

    @Get("/{id}/tracks")
    public PageView<SimpleTrackView> tracks(@PathVariable String id, @QueryValue @Nullable String limit,
                                            @QueryValue @Nullable String offset) {
        String albumId = CatalogIds.albumId(id);
        PageWindow window = PageWindow.parse(limit, offset);
        catalog.album(albumId).orElseThrow(AlbumController::notFound);
        return views.page("/v1/albums/" + albumId + "/tracks", window, catalog.albumTracks(albumId, window),
                views::simpleTrack);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Album not found");
    }
}
