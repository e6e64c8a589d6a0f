package io.tonearm.control.ingest;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.tonearm.control.catalog.Album;
import io.tonearm.control.catalog.AlbumType;
import io.tonearm.control.catalog.Artist;
import io.tonearm.control.catalog.Quality;
import io.tonearm.control.catalog.Track;
import io.tonearm.control.catalog.TrackFile;
import io.tonearm.control.catalog.TrackId;
import io.tonearm.control.ingest.ManifestJson.Entry;
import io.tonearm.control.ingest.ManifestJson.FileEntry;
import io.tonearm.control.ingest.ManifestJson.Manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A sample pack read from disk: {@code manifest.json} (version 1) translated into catalog tracks,
 * each with the pack file behind every quality. Optional per-track fields: {@code loudness_lufs},
 * {@code tempo_bpm}, {@code key}, {@code energy} (0 to 1, only where measured; nothing is
 * estimated) and {@code album_type} ({@code album} when absent). Every problem becomes a {@link SamplePackException}
 * naming the manifest, the track and the field or file.
 */
public record SamplePack(Path directory, List<PackTrack> tracks) {

    private static final long MAX_MANIFEST_BYTES = 16L * 1024 * 1024;

    public SamplePack {
        tracks = List.copyOf(tracks);
    }

    /** A track and where each of its encodings sits in the pack. */
    public record PackTrack(Track track, Map<Quality, Path> sources) {

        public PackTrack {
            sources = Map.copyOf(sources);
        }
    }

    public static SamplePack read(Path directory, JsonMapper json) {
        Path manifestPath = directory.resolve("manifest.json");
        if (!Files.isRegularFile(manifestPath)) {
            throw new SamplePackException("Sample pack manifest not found: " + manifestPath
                    + " (set tonearm.control.sample-pack to the pack directory)");
        }
        Manifest manifest = parse(manifestPath, json);
        if (manifest == null || manifest.version() == null || manifest.version() != 1) {
            throw new SamplePackException("Sample pack manifest " + manifestPath + ": version must be 1");
        }
        if (manifest.tracks() == null || manifest.tracks().isEmpty()) {
            throw new SamplePackException("Sample pack manifest " + manifestPath + ": tracks must not be empty");
        }
        Path root = directory.toAbsolutePath().normalize();
        Map<String, Album> albums = albums(manifest.tracks(), manifestPath);
        List<PackTrack> tracks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < manifest.tracks().size(); i++) {
            Entry entry = manifest.tracks().get(i);
            try {
                PackTrack track = translate(entry, root, albums);
                if (!ids.add(track.track().id().value())) {
                    throw new IllegalArgumentException("duplicate track id");
                }
                tracks.add(track);
            } catch (IllegalArgumentException e) {
                throw new SamplePackException(where(manifestPath, i, entry) + ": " + e.getMessage(), e);
            }
        }
        return new SamplePack(root, tracks);
    }

    /**
     * The albums the entries name. An album's facts (name, year, type) must agree across its
     * entries; it is credited to the artist of its first entry and holds as many tracks as name it.
     */
    private static Map<String, Album> albums(List<Entry> entries, Path manifestPath) {
        Map<String, Artist> artists = new HashMap<>();
        Map<String, Album> firstSeen = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            try {
                required(e, "entry");
                Artist artist = new Artist(required(e.artistId(), "artist_id"), required(e.artist(), "artist"));
                Artist knownArtist = artists.putIfAbsent(artist.id(), artist);
                if (knownArtist != null && !knownArtist.equals(artist)) {
                    throw new IllegalArgumentException("artist differs from an earlier track with this artist_id");
                }
                AlbumType type = e.albumType() == null ? AlbumType.ALBUM : AlbumType.fromCode(e.albumType())
                        .orElseThrow(() -> new IllegalArgumentException("album_type must be album, single or compilation"));
                Album album = new Album(required(e.albumId(), "album_id"), required(e.album(), "album"),
                        required(e.albumYear(), "album_year"), type, artist, 1);
                Album known = firstSeen.putIfAbsent(album.id(), album);
                if (known != null && !(known.name().equals(album.name()) && known.year() == album.year()
                        && known.type() == album.type())) {
                    throw new IllegalArgumentException(
                            "album, album_year or album_type differs from an earlier track with this album_id");
                }
                counts.merge(album.id(), 1, Integer::sum);
            } catch (IllegalArgumentException ex) {
                throw new SamplePackException(where(manifestPath, i, e) + ": " + ex.getMessage(), ex);
            }
        }
        Map<String, Album> albums = new HashMap<>();
        firstSeen.forEach((id, a) -> albums.put(id, new Album(id, a.name(), a.year(), a.type(), a.artist(),
                counts.get(id))));
        return albums;
    }

    private static String where(Path manifestPath, int index, Entry entry) {
        return manifestPath + ": tracks[" + index + "]"
                + (entry != null && entry.id() != null ? " (" + entry.id() + ")" : "");
    }

    private static Manifest parse(Path manifestPath, JsonMapper json) {
        byte[] bytes;
        try {
            if (Files.size(manifestPath) > MAX_MANIFEST_BYTES) {
                throw new SamplePackException("Sample pack manifest " + manifestPath + " is larger than 16 MiB");
            }
            bytes = Files.readAllBytes(manifestPath);
        } catch (IOException e) {
            throw new SamplePackException("Cannot read sample pack manifest " + manifestPath + ": " + e, e);
        }
        try {
            return json.readValue(bytes, Argument.of(Manifest.class));
        } catch (IOException | RuntimeException e) {
            throw new SamplePackException("Sample pack manifest " + manifestPath + " is not valid JSON of the "
                    + "expected shape: " + e.getMessage(), e);
        }
    }

    private static PackTrack translate(Entry e, Path root, Map<String, Album> albums) {
        Map<Quality, TrackFile> files = new EnumMap<>(Quality.class);
        Map<Quality, Path> sources = new EnumMap<>(Quality.class);
        Map<String, FileEntry> qualities = required(e.qualities(), "qualities");
        for (Map.Entry<String, FileEntry> q : qualities.entrySet()) {
            Quality quality = Quality.fromText(q.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("unknown quality " + q.getKey()));
            FileEntry f = required(q.getValue(), "qualities." + q.getKey());
            String field = "qualities." + q.getKey() + ".";
            files.put(quality, new TrackFile(quality, required(f.bytes(), field + "bytes"),
                    required(f.bitrateKbps(), field + "bitrate_kbps"), required(f.sampleRate(), field + "sample_rate"),
                    required(f.channels(), field + "channels"), required(f.sha256(), field + "sha256")));
            sources.put(quality, inside(root, required(f.file(), field + "file")));
        }
        Track track = new Track(new TrackId(required(e.id(), "id")), required(e.title(), "title"),
                new Artist(required(e.artistId(), "artist_id"), required(e.artist(), "artist")),
                albums.get(e.albumId()), required(e.trackNumber(), "track_number"),
                required(e.durationMs(), "duration_ms"), required(e.loudnessGainDb(), "loudness_gain_db"),
                optional(e.loudnessLufs()), optional(e.tempoBpm()),
                Optional.ofNullable(e.key()).filter(k -> !k.isBlank()), optional(e.energy()), files);
        return new PackTrack(track, sources);
    }

    /** A manifest path is relative to the pack and may not leave it. */
    private static Path inside(Path root, String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || Path.of(relative).isAbsolute()) {
            throw new IllegalArgumentException("file " + relative + " is outside the sample pack");
        }
        return path;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
