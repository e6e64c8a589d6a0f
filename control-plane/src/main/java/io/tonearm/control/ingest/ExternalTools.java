package io.tonearm.control.ingest;

import jakarta.inject.Singleton;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The command-line tools ingestion uses, found on {@link IngestProperties#toolDirectories()}:
 * {@code ffmpeg}/{@code ffprobe} (decode anything, read tags, encode), {@code oggenc} (encode, as
 * the sample pack is made), {@code oggdec}/{@code vorbiscomment} (Ogg Vorbis without ffmpeg).
 * Looked up on every call, so installing a tool needs no restart. Thread-safe.
 */
@Singleton
public class ExternalTools {

    private final List<Path> directories;
    private final Duration timeout;

    @jakarta.inject.Inject
    public ExternalTools(IngestProperties properties) {
        this(properties.toolDirectories(), properties.toolTimeoutDuration());
    }

    ExternalTools(List<Path> directories, Duration timeout) {
        this.directories = List.copyOf(directories);
        this.timeout = timeout;
    }

    /** The executable named {@code name} in the first directory that has one. */
    public Optional<Path> find(String name) {
        for (Path dir : directories) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public Duration timeout() {
        return timeout;
    }
}
