package io.tonearm.control.search;

import io.micronaut.context.annotation.Context;
import io.micronaut.runtime.event.annotation.EventListener;
import io.tonearm.control.catalog.CatalogChanged;
import io.tonearm.control.playlist.PlaylistChanged;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the search index in step with the catalog. Every write runs on one owning thread,
 * {@code search-indexer}, in the order asked: at start, a rebuild from the database when the index
 * is missing or was built from a different catalog (its fingerprint — counts of tracks, artists
 * and albums and the index layout — differs); then, for each {@link CatalogChanged}, the changed
 * tracks with their artists and albums, and for each {@link PlaylistChanged} that playlist (added,
 * replaced, or removed once it is private or its owner unfollowed it). Searches keep answering from the last commit meanwhile,
 * except after an index layout change, when they answer nothing until the rebuild is done.
 * A failure is logged and leaves the previous index in place; the next start retries the rebuild.
 */
@Context
public class SearchIndexMaintainer {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexMaintainer.class);
    private static final int BATCH = 10_000;

    private final LuceneSearchIndex index;
    private final CatalogSearchSource source;
    private final PlaylistSearchSource playlists;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-indexer");
        t.setDaemon(true);
        return t;
    });

    SearchIndexMaintainer(LuceneSearchIndex index, CatalogSearchSource source, PlaylistSearchSource playlists) {
        this.index = index;
        this.source = source;
        this.playlists = playlists;
    }

    /** What the index is built from: the layout and the counts of catalog objects and searchable playlists. */
    private String fingerprint() throws java.sql.SQLException {
        return source.fingerprint() + ";" + playlists.fingerprint();
    }

    @PostConstruct
    void start() {
        submit("startup check", () -> {
            String fingerprint = fingerprint();
            java.util.Optional<String> indexed = index.fingerprint();
            if (indexed.filter(fingerprint::equals).isPresent()) {
                LOG.info("Search index is current ({})", fingerprint);
                return;
            }
            if (indexed.isPresent() && !CatalogSearchSource.sameLayout(indexed.get(), fingerprint)) {
                // Documents of another layout cannot be searched with this code: answer nothing until rebuilt.
                index.clear();
                index.commit("layout=outdated");
            }
            rebuildNow(fingerprint);
        });
    }

    @EventListener
    void onCatalogChanged(CatalogChanged event) {
        if (!event.trackIds().isEmpty()) {
            submit("update of " + event.trackIds().size() + " tracks", () -> {
                index.upsert(source.documentsFor(event.trackIds()));
                index.commit(fingerprint());
            });
        }
    }

    @EventListener
    void onPlaylistChanged(PlaylistChanged event) {
        String id = event.playlistId();
        submit("update of playlist " + id, () -> {
            java.util.Optional<SearchDocument> doc = playlists.documentFor(id);
            if (doc.isPresent()) {
                index.upsert(List.of(doc.get()));
            } else {
                index.delete(SearchType.PLAYLIST, List.of(id));
            }
            index.commit(fingerprint());
        });
    }

    /** Whether the index's last commit was built from the database as it is now (this layout, these counts). */
    public boolean isCurrent() throws java.sql.SQLException, java.io.IOException {
        return index.fingerprint().filter(fingerprint()::equals).isPresent();
    }

    /** Rebuilds the whole index from the database, after whatever is queued; completes when done. */
    public Future<?> rebuild() {
        return submit("rebuild", () -> rebuildNow(fingerprint()));
    }

    /** Waits until every write asked for so far is done (for tests, the generator and the benchmark). */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        try {
            thread.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.shutdown();
        if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("Search indexer did not finish within 30 s; the next start rebuilds if needed");
            thread.shutdownNow();
        }
    }

    private void rebuildNow(String fingerprint) throws Exception {
        long started = System.nanoTime();
        index.clear();
        List<SearchDocument> batch = new ArrayList<>(BATCH);
        long[] count = {0};
        java.util.function.Consumer<SearchDocument> sink = doc -> {
            batch.add(doc);
            count[0]++;
            if (batch.size() == BATCH) {
                flush(batch);
            }
        };
        source.forEachDocument(sink);
        playlists.forEachDocument(sink);
        flush(batch);
        index.commit(fingerprint);
        LOG.info("Search index rebuilt: {} documents in {} ms ({})", count[0],
                (System.nanoTime() - started) / 1_000_000, fingerprint);
    }

    private void flush(List<SearchDocument> batch) {
        try {
            index.addAll(batch);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        batch.clear();
    }

    private interface Work {
        void run() throws Exception;
    }

    private Future<?> submit(String what, Work work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (Exception | LinkageError e) {
                LOG.error("Search index {} failed; searches use the last committed index", what, e);
                done.completeExceptionally(e);
            }
        });
        return done;
    }
}
