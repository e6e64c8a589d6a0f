package io.tonearm.sim.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The demo's data directory: {@code .tonearm/demo} under the working directory, fresh each run. */
final class DemoFiles {
    private DemoFiles() {
    }

    static Path freshDataDir(Path home) throws IOException {
        Path dir = Path.of(".tonearm", "demo").toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
