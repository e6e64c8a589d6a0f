package io.tonearm.control.ingest;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.tonearm.control.catalog.Album;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A sample pack read from disk: {@code manifest.json} (version 1) translated into catalog tracks,
 * each with the pack file behind every quality. Every problem becomes a {@link SamplePackException}
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
        List<PackTrack> tracks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < manifest.tracks().size(); i++) {
            Entry entry = manifest.tracks().get(i);
            String where = manifestPath + ": tracks[" + i + "]"
                    + (entry != null && entry.id() != null ? " (" + entry.id() + ")" : "");
            try {
                PackTrack track = translate(entry, root);
                if (!ids.add(track.track().id().value())) {
                    throw new IllegalArgumentException("duplicate track id");
                }
                tracks.add(track);
            } catch (IllegalArgumentException e) {
                throw new SamplePackException(where + ": " + e.getMessage(), e);
            }
        }
        return new SamplePack(root, tracks);
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

    private static PackTrack translate(Entry e, Path root) {
        if (e == null) {
            throw new IllegalArgumentException("entry is null");
        }
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
                new Album(required(e.albumId(), "album_id"), required(e.album(), "album"),
                        required(e.albumYear(), "album_year")),
                required(e.trackNumber(), "track_number"), required(e.durationMs(), "duration_ms"),
                required(e.loudnessGainDb(), "loudness_gain_db"), optional(e.loudnessLufs()),
                optional(e.tempoBpm()), Optional.ofNullable(e.key()).filter(k -> !k.isBlank()), files);
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
