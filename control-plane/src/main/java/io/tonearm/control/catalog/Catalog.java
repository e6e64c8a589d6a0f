package io.tonearm.control.catalog;

import io.micronaut.transaction.annotation.Transactional;
import io.tonearm.control.catalog.CatalogRepositories.AlbumRepository;
import io.tonearm.control.catalog.CatalogRepositories.ArtistRepository;
import io.tonearm.control.catalog.CatalogRepositories.TrackFileRepository;
import io.tonearm.control.catalog.CatalogRepositories.TrackRepository;
import io.tonearm.control.catalog.CatalogRows.AlbumRow;
import io.tonearm.control.catalog.CatalogRows.ArtistRow;
import io.tonearm.control.catalog.CatalogRows.TrackFileRow;
import io.tonearm.control.catalog.CatalogRows.TrackRow;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalog's read and write operations, in domain types. A read of several tracks or albums
 * costs a fixed number of queries whatever their count. Blocking (JDBC); call it from the server's
 * blocking executor. Ids passed in are already validated ({@link CatalogIds}).
 */
@Singleton
public class Catalog {

    /** How many tracks {@link #topTracks} returns at most, as Spotify's endpoint does. */
    public static final int TOP_TRACKS = 10;

    private final ArtistRepository artists;
    private final AlbumRepository albums;
    private final TrackRepository tracks;
    private final TrackFileRepository files;

    Catalog(ArtistRepository artists, AlbumRepository albums, TrackRepository tracks, TrackFileRepository files) {
        this.artists = artists;
        this.albums = albums;
        this.tracks = tracks;
        this.files = files;
    }

    @Transactional(readOnly = true)
    public long trackCount() {
        return tracks.count();
    }

    @Transactional(readOnly = true)
    public Optional<Track> track(TrackId id) {
        return tracks.findById(id.value()).map(row -> assemble(List.of(row)).get(0));
    }

    /** The tracks among {@code ids} that exist, by id (any order, no duplicates). */
    @Transactional(readOnly = true)
    public Map<TrackId, Track> tracks(Collection<TrackId> ids) {
        Set<String> wanted = ids.stream().map(TrackId::value).collect(Collectors.toSet());
        return assemble(wanted.isEmpty() ? List.of() : tracks.findByIdInList(wanted)).stream()
                .collect(Collectors.toMap(Track::id, Function.identity()));
    }

    /** One stored encoding of a track, without loading the track. */
    @Transactional(readOnly = true)
    public Optional<TrackFile> file(TrackId id, Quality quality) {
        return files.findById(new CatalogRows.TrackFileKey(id.value(), quality.kbps()))
                .map(f -> new TrackFile(quality, f.byteSize(), f.bitrateKbps(), f.sampleRate(), f.channels(),
                        f.sha256().trim()));
    }

    /** Tracks ordered by id, in the window. */
    @Transactional(readOnly = true)
    public List<Track> tracks(PageWindow window) {
        return assemble(tracks.page(window.limit(), window.offset()));
    }

    @Transactional(readOnly = true)
    public Optional<Artist> artist(String artistId) {
        return artists.findById(artistId).map(RowMapping::toArtist);
    }

    @Transactional(readOnly = true)
    public Optional<Album> album(String albumId) {
        return albums.findById(albumId).map(row -> albums(List.of(row)).get(row.id()));
    }

    /** The artists among {@code ids} that exist, by id. */
    @Transactional(readOnly = true)
    public Map<String, Artist> findArtists(Collection<String> ids) {
        return artistsById(ids.stream()).values().stream()
                .collect(Collectors.toMap(ArtistRow::id, RowMapping::toArtist));
    }

    /** The albums among {@code ids} that exist, by id. */
    @Transactional(readOnly = true)
    public Map<String, Album> findAlbums(Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        return wanted.isEmpty() ? Map.of() : albums(albums.findByIdInList(wanted));
    }

    /** An album's tracks by track number, in the window, and how many it has in all. */
    @Transactional(readOnly = true)
    public Slice<Track> albumTracks(String albumId, PageWindow window) {
        return new Slice<>(assemble(tracks.onAlbum(albumId, window.limit(), window.offset())),
                tracks.countByAlbumId(albumId));
    }

    /** An artist's albums, newest release first, in the window, and how many there are in all. */
    @Transactional(readOnly = true)
    public Slice<Album> artistAlbums(String artistId, PageWindow window) {
        List<AlbumRow> rows = albums.byArtist(artistId, window.limit(), window.offset());
        Map<String, Album> byId = albums(rows);
        return new Slice<>(rows.stream().map(r -> byId.get(r.id())).collect(Collectors.toList()),
                albums.countByArtistId(artistId));
    }

    /**
     * Up to {@link #TOP_TRACKS} of an artist's tracks. There are no play counts yet, so this is the
     * newest album first and each album in running order, not popularity.
     */
    @Transactional(readOnly = true)
    public List<Track> topTracks(String artistId) {
        return assemble(tracks.byArtist(artistId, TOP_TRACKS));
    }

    /** Stores tracks with their artists, albums and files in one transaction. */
    @Transactional
    public void add(List<Track> newTracks) {
        Map<String, Artist> newArtists = new LinkedHashMap<>();
        Map<String, Album> newAlbums = new LinkedHashMap<>();
        for (Track track : newTracks) {
            newArtists.putIfAbsent(track.album().artist().id(), track.album().artist());
            newArtists.putIfAbsent(track.artist().id(), track.artist());
            newAlbums.putIfAbsent(track.album().id(), track.album());
        }
        newArtists.values().forEach(a -> artists.save(RowMapping.toRow(a)));
        newAlbums.values().forEach(a -> albums.save(RowMapping.toRow(a)));
        for (Track track : newTracks) {
            tracks.save(RowMapping.toRow(track));
            track.files().values().forEach(file -> files.save(RowMapping.toRow(track.id(), file)));
        }
    }

    /**
     * Stores one new track beside what the catalog holds (ingestion): its artists and album are
     * inserted when their ids are new; an existing album keeps its name, year and credit and counts
     * one more track. Joins the caller's transaction.
     */
    @Transactional
    public void addTrack(Track track) {
        for (Artist artist : List.of(track.album().artist(), track.artist())) {
            if (!artists.existsById(artist.id())) {
                artists.save(RowMapping.toRow(artist));
            }
        }
        if (albums.existsById(track.album().id())) {
            albums.countOneMoreTrack(track.album().id());
        } else {
            albums.save(RowMapping.toRow(track.album()));
        }
        tracks.save(RowMapping.toRow(track));
        track.files().values().forEach(file -> files.save(RowMapping.toRow(track.id(), file)));
    }

    /** Part of a list and the size of the whole list. */
    public record Slice<T>(List<T> items, long total) {

        public Slice {
            items = List.copyOf(items);
        }
    }

    private Map<String, Album> albums(List<AlbumRow> rows) {
        Map<String, ArtistRow> artistById = artistsById(rows.stream().map(AlbumRow::artistId));
        return rows.stream().collect(Collectors.toMap(AlbumRow::id,
                row -> RowMapping.toAlbum(row, artistById.get(row.artistId()))));
    }

    private Map<String, ArtistRow> artistsById(Stream<String> ids) {
        Set<String> wanted = ids.collect(Collectors.toSet());
        return wanted.isEmpty() ? Map.of() : artists.findByIdInList(wanted).stream()
                .collect(Collectors.toMap(ArtistRow::id, Function.identity()));
    }

    private List<Track> assemble(List<TrackRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> albumIds = rows.stream().map(TrackRow::albumId).collect(Collectors.toSet());
        Set<String> trackIds = rows.stream().map(TrackRow::id).collect(Collectors.toSet());
        List<AlbumRow> albumRows = albums.findByIdInList(albumIds);
        Map<String, ArtistRow> artistById = artistsById(Stream.concat(rows.stream().map(TrackRow::artistId),
                albumRows.stream().map(AlbumRow::artistId)));
        Map<String, Album> albumById = albumRows.stream().collect(Collectors.toMap(AlbumRow::id,
                row -> RowMapping.toAlbum(row, artistById.get(row.artistId()))));
        Map<String, List<TrackFileRow>> filesByTrack = files.findByKeyTrackIdInList(trackIds).stream()
                .collect(Collectors.groupingBy(f -> f.key().trackId()));
        return rows.stream()
                .map(row -> RowMapping.toTrack(row, artistById.get(row.artistId()), albumById.get(row.albumId()),
                        filesByTrack.getOrDefault(row.id(), List.of())))
                .collect(Collectors.toList());
    }
}
