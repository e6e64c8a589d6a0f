package io.tonearm.control.search;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.tonearm.control.ControlProperties;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the embedded index at {@code <data-dir>/control/search} and closes it at shutdown. */
@Factory
public class SearchIndexFactory {

    /** Where the index of a data directory lives (also used by the generator and the benchmark). */
    public static Path indexDir(Path dataDir) {
        return dataDir.resolve("control").resolve("search");
    }

    @Singleton
    @Bean(preDestroy = "close")
    LuceneSearchIndex searchIndex(ControlProperties properties) {
        Path dir = indexDir(properties.dataDir());
        try {
            Files.createDirectories(dir);
            return new LuceneSearchIndex(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + dir, e);
        }
    }
}
