package io.tonearm.control.catalog;

import io.tonearm.control.catalog.CatalogRows.AlbumRow;
import io.tonearm.control.catalog.CatalogRows.ArtistRow;
import io.tonearm.control.catalog.CatalogRows.TrackFileKey;
import io.tonearm.control.catalog.CatalogRows.TrackFileRow;
import io.tonearm.control.catalog.CatalogRows.TrackRow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Translates between table rows and the domain's records. */
final class RowMapping {

    private RowMapping() {
    }

    static ArtistRow toRow(Artist artist) {
        return new ArtistRow(artist.id(), artist.name());
    }

    static AlbumRow toRow(Album album) {
        return new AlbumRow(album.id(), album.name(), album.artist().id(), album.year(), album.type().code(),
                album.totalTracks());
    }

    static TrackRow toRow(Track track) {
        return new TrackRow(track.id().value(), track.title(), track.artist().id(), track.album().id(),
                track.trackNumber(), track.durationMs(), track.loudnessGainDb(), boxed(track.loudnessLufs()),
                boxed(track.tempoBpm()), track.key().orElse(null), boxed(track.energy()));
    }

    static TrackFileRow toRow(TrackId trackId, TrackFile file) {
        return new TrackFileRow(new TrackFileKey(trackId.value(), file.quality().kbps()), file.bytes(),
                file.bitrateKbps(), file.sampleRate(), file.channels(), file.sha256());
    }

    static Artist toArtist(ArtistRow row) {
        return new Artist(row.id(), row.name());
    }

    /** An album row with its artist's row (which the caller looked up by {@code row.artistId()}). */
    static Album toAlbum(AlbumRow row, ArtistRow artist) {
        if (artist == null) {
            throw new IllegalStateException("album " + row.id() + " refers to a missing artist");
        }
        AlbumType type = AlbumType.fromCode(row.albumType())
                .orElseThrow(() -> new IllegalStateException("album " + row.id() + " has an unknown album_type"));
        return new Album(row.id(), row.name(), row.releaseYear(), type, toArtist(artist), row.totalTracks());
    }

    static Track toTrack(TrackRow row, ArtistRow artist, Album album, List<TrackFileRow> fileRows) {
        if (artist == null || album == null) {
            throw new IllegalStateException("track " + row.id() + " refers to a missing artist or album");
        }
        Map<Quality, TrackFile> files = new EnumMap<>(Quality.class);
        for (TrackFileRow f : fileRows) {
            Quality.fromKbps(f.key().qualityKbps()).ifPresent(q -> files.put(q,
                    new TrackFile(q, f.byteSize(), f.bitrateKbps(), f.sampleRate(), f.channels(), f.sha256().trim())));
        }
        return new Track(new TrackId(row.id()), row.title(), toArtist(artist), album, row.trackNumber(),
                row.durationMs(), row.loudnessGainDb(), optional(row.loudnessLufs()), optional(row.tempoBpm()),
                Optional.ofNullable(row.musicalKey()), optional(row.energy()), files);
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
