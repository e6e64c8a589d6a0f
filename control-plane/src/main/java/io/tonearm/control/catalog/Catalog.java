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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog's read and write operations, in domain types. Reads of a page cost four queries
 * whatever the page size. Blocking (JDBC); call it from the server's blocking executor.
 */
@Singleton
public class Catalog {

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

    /** One stored encoding of a track, without loading the track. */
    @Transactional(readOnly = true)
    public Optional<TrackFile> file(TrackId id, Quality quality) {
        return files.findById(new CatalogRows.TrackFileKey(id.value(), quality.kbps()))
                .map(f -> new TrackFile(quality, f.byteSize(), f.bitrateKbps(), f.sampleRate(), f.channels(),
                        f.sha256().trim()));
    }

    /** Tracks ordered by id, {@code limit} of them from {@code offset}. */
    @Transactional(readOnly = true)
    public List<Track> tracks(int limit, long offset) {
        return assemble(tracks.page(limit, offset));
    }

    /** Stores tracks with their artists, albums and files in one transaction. */
    @Transactional
    public void add(List<Track> newTracks) {
        Map<String, Artist> newArtists = new LinkedHashMap<>();
        Map<String, Album> newAlbums = new LinkedHashMap<>();
        for (Track track : newTracks) {
            newArtists.putIfAbsent(track.artist().id(), track.artist());
            newAlbums.putIfAbsent(track.album().id(), track.album());
        }
        Map<String, String> albumArtist = new LinkedHashMap<>();
        newTracks.forEach(t -> albumArtist.putIfAbsent(t.album().id(), t.artist().id()));
        newArtists.values().forEach(a -> artists.save(new ArtistRow(a.id(), a.name())));
        newAlbums.values().forEach(a -> albums.save(new AlbumRow(a.id(), a.name(), albumArtist.get(a.id()), a.year())));
        for (Track track : newTracks) {
            tracks.save(RowMapping.toRow(track));
            track.files().values().forEach(file -> files.save(RowMapping.toRow(track.id(), file)));
        }
    }

    private List<Track> assemble(List<TrackRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> artistIds = rows.stream().map(TrackRow::artistId).collect(Collectors.toSet());
        Set<String> albumIds = rows.stream().map(TrackRow::albumId).collect(Collectors.toSet());
        Set<String> trackIds = rows.stream().map(TrackRow::id).collect(Collectors.toSet());
        Map<String, ArtistRow> artistById = artists.findByIdInList(artistIds).stream()
                .collect(Collectors.toMap(ArtistRow::id, Function.identity()));
        Map<String, AlbumRow> albumById = albums.findByIdInList(albumIds).stream()
                .collect(Collectors.toMap(AlbumRow::id, Function.identity()));
        Map<String, List<TrackFileRow>> filesByTrack = files.findByKeyTrackIdInList(trackIds).stream()
                .collect(Collectors.groupingBy(f -> f.key().trackId()));
        return rows.stream()
                .map(row -> RowMapping.toTrack(row, artistById.get(row.artistId()), albumById.get(row.albumId()),
                        filesByTrack.getOrDefault(row.id(), List.of())))
                .collect(Collectors.toList());
    }
}
