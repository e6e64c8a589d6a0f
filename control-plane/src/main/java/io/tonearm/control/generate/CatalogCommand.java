package io.tonearm.control.generate;

import io.micronaut.context.ApplicationContext;
import io.tonearm.control.search.SearchBenchmark;
import io.tonearm.control.search.SearchIndexMaintainer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tonearm catalog generate --tracks N [--data-dir DIR] [--seed S]} writes a synthetic
 * catalog into the control plane's database (through the service's own context: its datasource,
 * Flyway migrations and search index) and indexes it, so {@code tonearm up --data-dir DIR} then
 * serves it. {@code tonearm catalog bench ...} runs {@link SearchBenchmark}; {@code tonearm catalog
 * reindex} brings the data dir's search index up to date (rebuilt when outdated, as the service does
 * at start) without serving it. A CLI entry point:
 * it prints to stdout and exits with 0, 1 (failure) or 2 (usage).
 */
public final class CatalogCommand {

    private static final String USAGE = "usage: tonearm catalog generate --tracks N [--data-dir DIR] [--seed S]\n"
            + "       tonearm catalog bench [--data-dir DIR] [--url http://HOST:8080] [--queries N]\n"
            + "       tonearm catalog reindex [--data-dir DIR]";
    private static final int MAX_TRACKS = 10_000_000;
    private static final int CHUNK_TRACKS = 20_000;

    private CatalogCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            fail(USAGE);
        }
        List<String> rest = List.of(args).subList(1, args.length);
        switch (args[0]) {
            case "generate":
                System.exit(generate(Options.parse(rest, List.of("--tracks", "--data-dir", "--seed"))));
                break;
            case "bench":
                System.exit(SearchBenchmark.run(Options.parse(rest, List.of("--data-dir", "--url", "--queries")).values()));
                break;
            case "reindex":
                System.exit(reindex(Path.of(Options.parse(rest, List.of("--data-dir")).values()
                        .getOrDefault("--data-dir", ".tonearm")), Map.of()));
                break;
            default:
                fail(USAGE);
        }
    }

    /** Brings the search index under {@code dataDir} up to date; {@code extra} adds settings. Returns the exit status. */
    static int reindex(Path dataDir, Map<String, Object> extra) throws Exception {
        long started = System.nanoTime();
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("tonearm.control.data-dir", dataDir.toString());
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            // The maintainer's start-up check rebuilds an outdated index; wait for it.
            SearchIndexMaintainer maintainer = context.getBean(SearchIndexMaintainer.class);
            if (!maintainer.awaitIdle(java.time.Duration.ofHours(6)) || !maintainer.isCurrent()) {
                System.err.println("tonearm catalog reindex: the index of " + dataDir + " could not be brought up to date"
                        + " (see the log above)");
                return 1;
            }
        }
        System.out.printf("Search index of %s is current (%.1f s)%n", dataDir, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static int generate(Options options) throws Exception {
        int tracks = options.integer("--tracks", -1, 1, MAX_TRACKS);
        if (tracks < 0) {
            fail("tonearm catalog generate: --tracks N is required (1 to " + MAX_TRACKS + ")");
        }
        long seed = options.integer("--seed", 1, 0, Integer.MAX_VALUE);
        Path dataDir = Path.of(options.values().getOrDefault("--data-dir", ".tonearm"));
        return generate(dataDir, tracks, seed, Map.of());
    }

    /**
     * Writes {@code tracks} synthetic tracks into the catalog under {@code dataDir} and rebuilds its
     * search index; {@code extra} adds settings (tests give the sample pack). Returns the exit status.
     */
    static int generate(Path dataDir, int tracks, long seed, Map<String, Object> extra) throws Exception {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("tonearm.control.data-dir", dataDir.toString());
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            SyntheticCatalogWriter writer = context.getBean(SyntheticCatalogWriter.class);
            if (writer.hasSyntheticTracks()) {
                System.err.println("tonearm catalog generate: " + dataDir + " already holds a synthetic catalog;"
                        + " use a new --data-dir");
                return 1;
            }
            long started = System.nanoTime();
            int[] written = {0};
            SyntheticCatalog.generate(tracks, seed, CHUNK_TRACKS, chunk -> {
                try {
                    writer.write(chunk);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("writing the synthetic catalog failed", e);
                }
                written[0] += chunk.tracks().size();
                if (written[0] % 100_000 < CHUNK_TRACKS) {
                    System.out.printf("  %,d tracks written%n", written[0]);
                }
            });
            long wrote = System.nanoTime();
            System.out.printf("Wrote %,d tracks to the database in %.1f s%n", tracks, (wrote - started) / 1e9);
            context.getBean(SearchIndexMaintainer.class).rebuild().get();
            System.out.printf("Indexed the whole catalog in %.1f s%n", (System.nanoTime() - wrote) / 1e9);
            System.out.println("Serve it with: bin/tonearm up --data-dir " + dataDir);
            return 0;
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }

    /** {@code --key value} pairs, each key at most once and from a known set. */
    record Options(Map<String, String> values) {

        static Options parse(List<String> args, List<String> known) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.size(); i += 2) {
                String key = args.get(i);
                if (!known.contains(key) || i + 1 >= args.size() || values.put(key, args.get(i + 1)) != null) {
                    fail("tonearm catalog: unexpected or repeated option " + key + "\n" + USAGE);
                }
            }
            return new Options(Map.copyOf(values));
        }

        int integer(String key, int absent, int min, int max) {
            String raw = values.get(key);
            if (raw == null) {
                return absent;
            }
            if (!raw.matches("[0-9]{1,10}") || Long.parseLong(raw) < min || Long.parseLong(raw) > max) {
                fail("tonearm catalog: " + key + " must be an integer from " + min + " to " + max);
            }
            return Integer.parseInt(raw);
        }
    }
}
