package io.tonearm.control.search;

import io.tonearm.control.ControlProperties;
import io.tonearm.control.catalog.Album;
import io.tonearm.control.catalog.Artist;
import io.tonearm.control.catalog.Catalog;
import io.tonearm.control.catalog.CatalogViewMapper;
import io.tonearm.control.catalog.CatalogViews.PageView;
import io.tonearm.control.catalog.Track;
import io.tonearm.control.catalog.TrackId;
import io.tonearm.control.search.LuceneSearchIndex.Hits;
import io.tonearm.control.search.SearchViews.SearchResultView;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers a {@link SearchRequest}: the index ranks ids per type, the catalog supplies the objects
 * (so results always carry the catalog's current data; an id the catalog no longer has is
 * skipped). Blocking (disk and JDBC); thread-safe.
 */
@Singleton
public class SearchService {

    private final LuceneSearchIndex index;
    private final Catalog catalog;
    private final CatalogViewMapper views;
    private final String publicUrl;
    private final PlaylistResults playlists;

    SearchService(LuceneSearchIndex index, Catalog catalog, CatalogViewMapper views, ControlProperties properties,
                  PlaylistResults playlists) {
        this.index = index;
        this.playlists = playlists;
        this.catalog = catalog;
        this.views = views;
        this.publicUrl = properties.publicUrl();
    }

    public SearchResultView search(SearchRequest request) {
        Map<SearchType, Hits> hits;
        try {
            hits = index.search(request.query(), request.types(), request.offset(), request.limit());
        } catch (IOException e) {
            throw new UncheckedIOException("search index read failed", e);
        }
        return new SearchResultView(
                page(request, hits, SearchType.TRACK, ids -> {
                    Map<TrackId, Track> found = catalog.tracks(ids.stream().map(TrackId::new).toList());
                    return ids.stream().map(id -> found.get(new TrackId(id))).filter(Objects::nonNull)
                            .map(views::track).collect(Collectors.toList());
                }),
                page(request, hits, SearchType.ARTIST, ids -> inOrder(ids, catalog.findArtists(ids), views::artist)),
                page(request, hits, SearchType.ALBUM, ids -> inOrder(ids, catalog.findAlbums(ids), views::albumRef)),
                page(request, hits, SearchType.PLAYLIST, playlists::publicPlaylists));
    }

    private <V> Optional<PageView<V>> page(SearchRequest request, Map<SearchType, Hits> all, SearchType type,
                                           Function<List<String>, List<V>> load) {
        Hits hits = all.get(type);
        if (hits == null) {
            return Optional.empty();
        }
        List<V> items = hits.ids().isEmpty() ? List.of() : load.apply(hits.ids());
        long next = request.offset() + request.limit();
        return Optional.of(new PageView<>(href(request, type, request.offset()), items, request.limit(),
                request.offset(), hits.total(),
                next < hits.total() && next <= SearchRequest.MAX_OFFSET
                        ? Optional.of(href(request, type, next)) : Optional.empty(),
                request.offset() > 0
                        ? Optional.of(href(request, type, Math.max(0, request.offset() - request.limit())))
                        : Optional.empty()));
    }

    private static <T, V> List<V> inOrder(List<String> ids, Map<String, T> found, Function<T, V> view) {
        return ids.stream().map(found::get).filter(Objects::nonNull).map(view).collect(Collectors.toList());
    }

    private String href(SearchRequest request, SearchType type, long offset) {
        return publicUrl + "/v1/search?q=" + URLEncoder.encode(request.q(), StandardCharsets.UTF_8)
                + "&type=" + type.code() + "&offset=" + offset + "&limit=" + request.limit();
    }
}
