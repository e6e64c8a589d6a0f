package io.tonearm.control.ingest;

import io.tonearm.control.analysis.AudioAnalysis;
import io.tonearm.control.catalog.Album;
import io.tonearm.control.catalog.AlbumType;
import io.tonearm.control.catalog.Artist;
import io.tonearm.control.catalog.Quality;
import io.tonearm.control.catalog.Track;
import io.tonearm.control.catalog.TrackFile;
import io.tonearm.control.catalog.TrackId;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Catalog identity for ingested tracks. Ids come from content, never from names a client chose:
 * a track is {@code tr-} and 20 hex digits of its source's SHA-256; an artist {@code ar-} and 16 of
 * the hash of its lower-cased name (so one name is one artist across uploads); an album {@code al-}
 * and 16 of the hash of its artist id and lower-cased name. Missing tags: the title falls back to
 * the file name, the artist to "Unknown Artist", the album to a single named after the title, the
 * year to the year of ingestion (the catalog requires one), the track number to 1.
 */
final class TrackIds {

    static final String UNKNOWN_ARTIST = "Unknown Artist";

    private TrackIds() {
    }

    static TrackId track(String contentSha256) {
        return new TrackId("tr-" + contentSha256.substring(0, 20));
    }

    static Track track(TrackId id, Tags tags, String originalName, AudioAnalysis analysis,
                       Map<Quality, TrackFile> files, int currentYear) {
        String title = tags.title().orElseGet(() -> Tags.text(SourceName.stem(originalName)).orElse("Untitled"));
        String artistName = tags.artist().orElse(UNKNOWN_ARTIST);
        Artist artist = new Artist("ar-" + hash(artistName), artistName);
        Optional<String> albumName = tags.album();
        AlbumType type = albumName.isPresent() ? AlbumType.ALBUM : AlbumType.SINGLE;
        String name = albumName.orElse(title);
        Album album = new Album("al-" + hash(artist.id() + "\n" + name), name, tags.year().orElse(currentYear), type,
                artist, 1);
        return new Track(id, title, artist, album, tags.trackNumber().orElse(1), analysis.durationMs(),
                round(analysis.gainDb(), 100), OptionalDouble.of(round(analysis.loudnessLufs(), 100)),
                analysis.tempoBpm().isPresent() ? OptionalDouble.of(round(analysis.tempoBpm().getAsDouble(), 10))
                        : OptionalDouble.empty(),
                Optional.empty(), OptionalDouble.of(round(analysis.energy(), 1000)), files);
    }

    private static String hash(String text) {
        return ContentHash.sha256(text.toLowerCase(Locale.ROOT)).substring(0, 16);
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
