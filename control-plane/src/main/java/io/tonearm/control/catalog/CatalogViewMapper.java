package io.tonearm.control.catalog;

import io.tonearm.control.ControlProperties;
import io.tonearm.control.catalog.Catalog.Slice;
import io.tonearm.control.catalog.CatalogViews.AlbumRefView;
import io.tonearm.control.catalog.CatalogViews.AlbumView;
import io.tonearm.control.catalog.CatalogViews.ArtistRefView;
import io.tonearm.control.catalog.CatalogViews.ArtistView;
import io.tonearm.control.catalog.CatalogViews.PageView;
import io.tonearm.control.catalog.CatalogViews.SimpleTrackView;
import io.tonearm.control.catalog.CatalogViews.TrackView;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns catalog records into their JSON views. Every {@code href} and paging link is absolute,
 * built from {@code tonearm.control.public-url}; every {@code uri} is {@code tonearm:<type>:<id>}.
 */
@Singleton
public class CatalogViewMapper {

    private final String publicUrl;

    CatalogViewMapper(ControlProperties properties) {
        this.publicUrl = properties.publicUrl();
    }

    public TrackView track(Track track) {
        return new TrackView(track.id().value(), uri("track", track.id().value()), href("tracks", track.id().value()),
                "track", track.title(), track.durationMs(), track.trackNumber(), List.of(artistRef(track.artist())),
                albumRef(track.album()), qualities(track), track.loudnessGainDb(), boxed(track.tempoBpm()),
                track.key().orElse(null), boxed(track.energy()));
    }

    public SimpleTrackView simpleTrack(Track track) {
        return new SimpleTrackView(track.id().value(), uri("track", track.id().value()),
                href("tracks", track.id().value()), "track", track.title(), track.durationMs(), track.trackNumber(),
                List.of(artistRef(track.artist())), qualities(track), track.loudnessGainDb(),
                boxed(track.tempoBpm()), track.key().orElse(null), boxed(track.energy()));
    }

    public ArtistView artist(Artist artist) {
        return new ArtistView(List.of(), href("artists", artist.id()), artist.id(), artist.name(), "artist",
                uri("artist", artist.id()));
    }

    public AlbumRefView albumRef(Album album) {
        return new AlbumRefView(album.type().code(), album.totalTracks(), href("albums", album.id()), album.id(),
                album.name(), String.valueOf(album.year()), "year", "album", uri("album", album.id()),
                List.of(artistRef(album.artist())));
    }

    /** The full album with the first page of its tracks (at most {@link PageWindow#MAX_LIMIT}). */
    public AlbumView album(Album album, Slice<Track> firstTracks, PageWindow window) {
        AlbumRefView ref = albumRef(album);
        return new AlbumView(ref.albumType(), ref.totalTracks(), ref.href(), ref.id(), ref.name(), ref.releaseDate(),
                ref.releaseDatePrecision(), ref.type(), ref.uri(), ref.artists(),
                page("/v1/albums/" + album.id() + "/tracks", window, firstTracks, this::simpleTrack));
    }

    /**
     * A page of {@code path}'s list; {@code next} is null on the last page and {@code previous} on the
     * first. An offset past the end gives no items and a {@code previous} link.
     */
    public <T, V> PageView<V> page(String path, PageWindow window, Slice<T> slice, Function<T, V> view) {
        List<V> items = slice.items().stream().map(view).collect(Collectors.toList());
        long nextOffset = window.offset() + window.limit();
        Optional<String> next = nextOffset < slice.total()
                ? Optional.of(pageHref(path, nextOffset, window.limit())) : Optional.empty();
        Optional<String> previous = window.offset() > 0
                ? Optional.of(pageHref(path, Math.max(0, window.offset() - window.limit()), window.limit()))
                : Optional.empty();
        return new PageView<>(pageHref(path, window.offset(), window.limit()), items, window.limit(),
                window.offset(), slice.total(), next, previous);
    }

    private ArtistRefView artistRef(Artist artist) {
        return new ArtistRefView(href("artists", artist.id()), artist.id(), artist.name(), "artist",
                uri("artist", artist.id()));
    }

    private String href(String collection, String id) {
        return publicUrl + "/v1/" + collection + "/" + id;
    }

    private String pageHref(String path, long offset, int limit) {
        return publicUrl + path + "?offset=" + offset + "&limit=" + limit;
    }

    private static String uri(String type, String id) {
        return "tonearm:" + type + ":" + id;
    }

    private static List<Integer> qualities(Track track) {
        return track.files().keySet().stream().map(Quality::kbps).collect(Collectors.toList());
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
