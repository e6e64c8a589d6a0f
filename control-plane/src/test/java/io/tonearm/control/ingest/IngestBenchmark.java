package io.tonearm.control.ingest;

import io.micronaut.context.ApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ingestion throughput: writes N generated stereo 44.1 kHz WAV tracks of S seconds, ingests them
 * as {@code tonearm ingest} does (parallel up to the core count) into a fresh data directory, and
 * prints tracks per minute. A benchmark, not a test: run it by hand (see docs/notes/ingest.md).
 *
 * <pre>java -cp … io.tonearm.control.ingest.IngestBenchmark [N=4] [S=180] [SAMPLE_PACK=samples]</pre>
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tracks = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 180;
        String pack = args.length > 2 ? args[2] : "samples";
        Path work = Files.createTempDirectory("tonearm-ingest-bench");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < tracks; i++) {
            files.add(TestAudio.write(work.resolve("in/track-" + i + ".wav"),
                    TestAudio.track(seconds, 90 + 10 * i, 1000 + i, Map.of("INAM", "Bench " + i, "IART", "Bench"))));
        }
        Map<String, Object> properties = Map.of("tonearm.control.data-dir", work.resolve("data").toString(),
                "tonearm.control.sample-pack", pack, "logger.levels.io.tonearm", "WARN");
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            IngestBatch batch = context.getBean(IngestBatch.class);
            long started = System.nanoTime();
            List<IngestOutcome> outcomes = batch.ingest(files, o -> { });
            double elapsed = (System.nanoTime() - started) / 1e9;
            long ok = outcomes.stream().filter(o -> o instanceof IngestOutcome.Ingested).count();
            System.out.printf(Locale.ROOT, "%d of %d tracks of %.0f s ingested in %.1f s: %.2f tracks/min "
                            + "(%d cores, parallelism %d)%n", ok, tracks, seconds, elapsed, ok * 60 / elapsed,
                    Runtime.getRuntime().availableProcessors(),
                    context.getBean(IngestProperties.class).effectiveParallelism());
            outcomes.stream().filter(o -> o instanceof IngestOutcome.Failed).forEach(System.out::println);
        } finally {
            IngestPipeline.deleteTree(work);
        }
    }
}
