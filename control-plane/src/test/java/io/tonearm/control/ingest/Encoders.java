package io.tonearm.control.ingest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Finds real tools on this machine's PATH, so tests that need them can skip with a clear message. */
final class Encoders {

    private Encoders() {
    }

    static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static void assumeAnEncoder() {
        assumeTrue(onPath("oggenc").isPresent() || onPath("ffmpeg").isPresent(),
                "SKIPPED: needs oggenc (vorbis-tools) or ffmpeg on the PATH; .ci/steps/ingest.sh installs ffmpeg");
    }

    static void assumeFfmpeg() {
        assumeTrue(onPath("ffmpeg").isPresent() && onPath("ffprobe").isPresent(),
                "SKIPPED: needs ffmpeg and ffprobe on the PATH (apt-get install ffmpeg; .ci/steps/ingest.sh does)");
    }
}
