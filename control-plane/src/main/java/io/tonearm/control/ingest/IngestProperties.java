package io.tonearm.control.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingestion settings, {@code tonearm.control.ingest.*}, checked at start (a bad value names its key).
 *
 * @param maxUploadBytes {@code max-upload-bytes}: largest accepted upload, 1 KiB to 4 GiB (default
 *                       512 MiB); keep {@code micronaut.server.max-request-size} and
 *                       {@code micronaut.server.multipart.max-file-size} at least this large
 * @param toolTimeout    {@code tool-timeout}: longest one ffmpeg/ffprobe/oggenc run may take, in
 *                       seconds, 1 to 3600 (default 600); a run past it is killed and the track fails
 * @param toolPath       {@code tool-path}: where to look for the tools, in {@code PATH} syntax; the
 *                       process's {@code PATH} when unset
 * @param parallelism    {@code parallelism}: tracks ingested at once, 1 to 64 (default: the core count)
 * @param token          {@code token}: bearer token for {@code POST /v1/ingest}, at least 32
 *                       characters; generated into {@code <data-dir>/control/ingest-token} when unset
 */
@ConfigurationProperties("tonearm.control.ingest")
public record IngestProperties(
        @Bindable(defaultValue = "536870912") long maxUploadBytes,
        @Bindable(defaultValue = "600") int toolTimeout,
        @Nullable String toolPath,
        @Bindable(defaultValue = "0") int parallelism,
        @Nullable String token) {

    private static final String PREFIX = "tonearm.control.ingest.";

    public IngestProperties {
        require(maxUploadBytes >= 1024 && maxUploadBytes <= (4L << 30), "max-upload-bytes", "must be 1024 to 4 GiB");
        require(toolTimeout >= 1 && toolTimeout <= 3600, "tool-timeout", "must be 1 to 3600 seconds");
        require(parallelism >= 0 && parallelism <= 64, "parallelism", "must be 1 to 64 (0: the core count)");
        require(token == null || token.isBlank() || token.trim().length() >= 32, "token", "must be at least 32 characters");
        token = token == null || token.isBlank() ? null : token.trim();
    }

    public Duration toolTimeoutDuration() {
        return Duration.ofSeconds(toolTimeout);
    }

    public int effectiveParallelism() {
        return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    }

    /** The directories searched for tools, in order. */
    public List<Path> toolDirectories() {
        String path = toolPath != null ? toolPath : System.getenv().getOrDefault("PATH", "");
        List<Path> dirs = new ArrayList<>();
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir));
            }
        }
        return dirs;
    }

    private static void require(boolean ok, String key, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("Invalid configuration: " + PREFIX + key + " " + problem);
        }
    }
}
