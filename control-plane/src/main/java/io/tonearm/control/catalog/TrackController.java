package io.tonearm.control.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.tonearm.control.ControlProperties;
import io.tonearm.control.catalog.TrackViews.PageView;
import io.tonearm.control.catalog.TrackViews.TrackView;
import io.tonearm.control.error.NotFoundException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code GET /v1/tracks} and {@code GET /v1/tracks/{id}}. */
@Controller("/v1/tracks")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TrackController {

    private final Catalog catalog;
    private final String publicUrl;

    TrackController(Catalog catalog, ControlProperties properties) {
        this.catalog = catalog;
        this.publicUrl = properties.publicUrl();
    }

    @Get
    public PageView<TrackView> list(@QueryValue @Nullable String limit, @QueryValue @Nullable String offset) {
        PageWindow window = PageWindow.parse(limit, offset);
        long total = catalog.trackCount();
        List<TrackView> items = window.offset() >= total ? List.of()
                : catalog.tracks(window.limit(), window.offset()).stream().map(TrackViews::of).collect(Collectors.toList());
        long nextOffset = window.offset() + window.limit();
        Optional<String> next = nextOffset < total ? Optional.of(href(nextOffset, window.limit())) : Optional.empty();
        Optional<String> previous = window.offset() > 0
                ? Optional.of(href(Math.max(0, window.offset() - window.limit()), window.limit())) : Optional.empty();
        return new PageView<>(href(window.offset(), window.limit()), items, window.limit(), window.offset(), total,
                next, previous);
    }

    @Get("/{id}")
    public TrackView get(@PathVariable String id) {
        TrackId trackId = TrackId.parse(id);
        return catalog.track(trackId).map(TrackViews::of).orElseThrow(() -> new NotFoundException("Track not found"));
    }

    private String href(long offset, int limit) {
        return publicUrl + "/v1/tracks?offset=" + offset + "&limit=" + limit;
    }
}
