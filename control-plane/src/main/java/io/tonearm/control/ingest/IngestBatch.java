package io.tonearm.control.ingest;

import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Ingests many files, up to {@link IngestProperties#effectiveParallelism()} at once, on threads
 * named {@code ingest-N} that live only for the batch. Outcomes come back in the order of the
 * input; {@code progress} hears each as it finishes (from the worker threads, so it must be
 * thread-safe). Blocking until the batch is done.
 */
@Singleton
public class IngestBatch {

    private final IngestPipeline pipeline;
    private final int parallelism;

    IngestBatch(IngestPipeline pipeline, IngestProperties properties) {
        this.pipeline = pipeline;
        this.parallelism = properties.effectiveParallelism();
    }

    public List<IngestOutcome> ingest(List<Path> files, Consumer<IngestOutcome> progress) throws InterruptedException {
        if (files.isEmpty()) {
            return List.of();
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(parallelism, files.size()), r -> {
            Thread t = new Thread(r, "ingest-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<IngestOutcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(executor.submit(() -> {
                    IngestOutcome outcome = pipeline.ingest(file, file.getFileName().toString());
                    progress.accept(outcome);
                    return outcome;
                }));
            }
            List<IngestOutcome> outcomes = new ArrayList<>();
            for (Future<IngestOutcome> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("ingestion worker failed", e.getCause());
                }
            }
            return outcomes;
        } finally {
            executor.shutdownNow();
        }
    }
}
