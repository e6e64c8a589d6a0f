package io.tonearm.control.playlist;

import io.tonearm.auth.UserId;
import io.tonearm.control.ControlProperties;
import io.tonearm.control.catalog.Catalog;
import io.tonearm.control.catalog.CatalogViewMapper;
import io.tonearm.control.catalog.Track;
import io.tonearm.control.catalog.TrackId;
import io.tonearm.control.playlist.PlaylistViews.FollowersView;
import io.tonearm.control.playlist.PlaylistViews.Page;
import io.tonearm.control.playlist.PlaylistViews.PlaylistTrackView;
import io.tonearm.control.playlist.PlaylistViews.PlaylistView;
import io.tonearm.control.playlist.PlaylistViews.SimplePlaylistView;
import io.tonearm.control.playlist.PlaylistViews.TracksRefView;
import io.tonearm.control.playlist.PlaylistViews.UserView;
import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds playlist JSON views; links are absolute under {@code public-url}, uris {@code tonearm:playlist:<id>}. */
@Singleton
class PlaylistViewMapper {

    private final String publicUrl;
    private final Catalog catalog;
    private final CatalogViewMapper tracks;

    PlaylistViewMapper(ControlProperties properties, Catalog catalog, CatalogViewMapper tracks) {
        this.publicUrl = properties.publicUrl();
        this.catalog = catalog;
        this.tracks = tracks;
    }

    PlaylistView full(PlaylistService.PlaylistPage page, int limit, long offset) {
        Playlist p = page.playlist();
        return new PlaylistView(p.details().collaborative(), p.details().description(), new FollowersView(null, p.followers()),
                href(p), p.id().value(), List.of(), p.details().name(), user(p.owner()), p.details().isPublic(),
                p.snapshotId(), items(page, limit, offset), "playlist", "tonearm:playlist:" + p.id().value());
    }

    SimplePlaylistView simple(Playlist p) {
        return new SimplePlaylistView(p.details().collaborative(), p.details().description(), href(p), p.id().value(),
                List.of(), p.details().name(), user(p.owner()), p.details().isPublic(), p.snapshotId(),
                new TracksRefView(href(p) + "/tracks", p.itemCount()), "playlist", "tonearm:playlist:" + p.id().value());
    }

    Page<PlaylistTrackView> items(PlaylistService.PlaylistPage page, int limit, long offset) {
        Map<TrackId, Track> found = catalog.tracks(page.items().stream().map(PlaylistItem::track).collect(Collectors.toSet()));
        return page("/v1/playlists/" + page.playlist().id().value() + "/tracks", limit, offset, page.total(), page.items(),
                item -> new PlaylistTrackView(DateTimeFormatter.ISO_INSTANT.format(item.addedAt()), user(item.addedBy()),
                        false, tracks.track(found.get(item.track()))));
    }

    <T, V> Page<V> page(String path, int limit, long offset, long total, List<T> items, Function<T, V> view) {
        String next = offset + limit < total ? pageHref(path, offset + limit, limit) : null;
        String previous = offset > 0 ? pageHref(path, Math.max(0, offset - limit), limit) : null;
        return new Page<>(pageHref(path, offset, limit), items.stream().map(view).collect(Collectors.toList()),
                limit, offset, total, next, previous);
    }

    UserView user(UserId id) {
        return new UserView(id.value(), publicUrl + "/v1/users/" + id.value(), id.value(), "user", "tonearm:user:" + id.value());
    }

    private String href(Playlist p) {
        return publicUrl + "/v1/playlists/" + p.id().value();
    }

    private String pageHref(String path, long offset, int limit) {
        return publicUrl + path + "?offset=" + offset + "&limit=" + limit;
    }
}
