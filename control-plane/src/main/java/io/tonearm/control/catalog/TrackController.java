package io.tonearm.control.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.tonearm.control.catalog.Catalog.Slice;
import io.tonearm.control.catalog.CatalogViews.TrackView;
import io.tonearm.control.catalog.CatalogViews.TracksView;
import io.tonearm.control.error.InvalidRequestException;
import io.tonearm.control.error.NotFoundException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/tracks} (a page of every track, or with {@code ids=} several named tracks) and
 * {@code GET /v1/tracks/{id}}.
 */
@Controller("/v1/tracks")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TrackController {

    private final Catalog catalog;
    private final CatalogViewMapper views;

    TrackController(Catalog catalog, CatalogViewMapper views) {
        this.catalog = catalog;
        this.views = views;
    }

    /** With {@code ids}, a {@link TracksView}; without, a page of tracks ordered by id. */
    @Get
    public Object list(@QueryValue @Nullable String ids, @QueryValue @Nullable String limit,
                       @QueryValue @Nullable String offset) {
        if (ids != null) {
            if (limit != null || offset != null) {
                throw new InvalidRequestException("ids cannot be combined with limit or offset");
            }
            return several(CatalogIds.trackIds(ids));
        }
        PageWindow window = PageWindow.parse(limit, offset);
        long total = catalog.trackCount();
        List<Track> items = window.offset() >= total ? List.of() : catalog.tracks(window);
        return views.page("/v1/tracks", window, new Slice<>(items, total), views::track);
    }

    @Get("/{id}")
    public TrackView get(@PathVariable String id) {
        TrackId trackId = TrackId.parse(id);
        return catalog.track(trackId).map(views::track).orElseThrow(() -> new NotFoundException("Track not found"));
    }

    /** One entry per requested id, in order and with duplicates, null where the id is unknown. */
    private TracksView several(List<TrackId> ids) {
        Map<TrackId, Track> found = catalog.tracks(ids);
        List<TrackView> tracks = new ArrayList<>(ids.size());
        for (TrackId id : ids) {
            Track track = found.get(id);
            tracks.add(track == null ? null : views.track(track));
        }
        return new TracksView(Collections.unmodifiableList(tracks));
    }
}
