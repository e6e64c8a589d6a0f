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

    static TrackRow toRow(Track track) {
        return new TrackRow(track.id().value(), track.title(), track.artist().id(), track.album().id(),
                track.trackNumber(), track.durationMs(), track.loudnessGainDb(), boxed(track.loudnessLufs()),
                boxed(track.tempoBpm()), track.key().orElse(null));
    }

    static TrackFileRow toRow(TrackId trackId, TrackFile file) {
        return new TrackFileRow(new TrackFileKey(trackId.value(), file.quality().kbps()), file.bytes(),
                file.bitrateKbps(), file.sampleRate(), file.channels(), file.sha256());
    }

    static Track toTrack(TrackRow row, ArtistRow artist, AlbumRow album, List<TrackFileRow> fileRows) {
        if (artist == null || album == null) {
            throw new IllegalStateException("track " + row.id() + " refers to a missing artist or album");
        }
        Map<Quality, TrackFile> files = new EnumMap<>(Quality.class);
        for (TrackFileRow f : fileRows) {
            Quality.fromKbps(f.key().qualityKbps()).ifPresent(q -> files.put(q,
                    new TrackFile(q, f.byteSize(), f.bitrateKbps(), f.sampleRate(), f.channels(), f.sha256().trim())));
        }
        return new Track(new TrackId(row.id()), row.title(), new Artist(artist.id(), artist.name()),
                new Album(album.id(), album.name(), album.releaseYear()), row.trackNumber(), row.durationMs(),
                row.loudnessGainDb(), optional(row.loudnessLufs()), optional(row.tempoBpm()),
                Optional.ofNullable(row.musicalKey()), files);
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
