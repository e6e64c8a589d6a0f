package io.tonearm.control.ingest;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestPack;
import io.tonearm.control.catalog.Catalog;
import io.tonearm.control.catalog.Quality;
import io.tonearm.control.catalog.Track;
import io.tonearm.control.ingest.IngestSourceRows.SourceRepository;
import io.tonearm.control.seek.PlaybackFacts;
import io.tonearm.control.seek.SeekIndex;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent uploads by one artist: every one commits, to one artist and one album, and no two
 * commits overlap. The writer here holds each commit open for 400 ms and counts how many are
 * inside at once, so overlapping commits (which could both insert the shared artist) are seen
 * even when the insert itself does not happen to collide.
 */
class IngestCommitIT {

    static final String TOKEN = "commit-test-token-0123456789abcdefghijkl";
    @TempDir
    static Path temp;
    private static RunningControlPlane app;
    private static JsonMapper json;

    @BeforeAll
    static void start() {
        Encoders.assumeAnEncoder();
        var properties = RunningControlPlane.properties(temp.resolve("data"), TestPack.write(temp.resolve("pack"), 1));
        properties.put("tonearm.control.ingest.token", TOKEN);
        properties.put("tonearm.test.watch-commits", "true");
        app = RunningControlPlane.start(properties);
        json = app.context().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void concurrent_uploads_by_one_artist_all_commit_one_at_a_time_to_one_artist_and_album() throws Exception {
        assertThat(app.context().getBean(IngestWriter.class)).isInstanceOf(WatchedWriter.class);
        int n = 6;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                byte[] wav = IngestLadderIT.tone(44_100, 2, 200 + 50 * i, 1.5, Map.of("INAM", "Race " + i,
                        "IART", "Racing Artist", "IPRD", "Racing Album"));
                int at = i;
                uploads.add(pool.submit((Callable<HttpResponse<String>>) () ->
                        Multipart.upload(app.uri("/v1/ingest"), TOKEN, "race-" + at + ".wav", wav)));
            }
            Set<String> artists = new HashSet<>();
            Set<String> albums = new HashSet<>();
            for (Future<HttpResponse<String>> f : uploads) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                String id = json.readValue(r.body(), JsonNode.class).get("track_id").getStringValue();
                JsonNode track = json.readValue(app.get("/v1/tracks/" + id).body(), JsonNode.class);
                artists.add(track.get("artists").get(0).get("id").getStringValue());
                albums.add(track.get("album").get("id").getStringValue());
            }
            assertThat(WatchedWriter.COMMITS.get()).isEqualTo(n);
            assertThat(WatchedWriter.MOST_AT_ONCE.get()).as("commits in progress at once").isEqualTo(1);
            assertThat(artists).hasSize(1);
            assertThat(albums).hasSize(1);
            JsonNode album = json.readValue(app.get("/v1/albums/" + albums.iterator().next()).body(), JsonNode.class);
            assertThat(album.get("total_tracks").getIntValue()).isEqualTo(n);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The real writer, holding each commit open a while and counting commits in progress. */
    @Singleton
    @Replaces(IngestWriter.class)
    @Requires(property = "tonearm.test.watch-commits", value = "true")
    static class WatchedWriter extends IngestWriter {
        static final AtomicInteger INSIDE = new AtomicInteger();
        static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
        static final AtomicInteger COMMITS = new AtomicInteger();

        WatchedWriter(Catalog catalog, SourceRepository sources, PlaybackFacts facts) {
            super(catalog, sources, facts);
        }

        @Override
        @Transactional
        void commit(Track track, String contentSha256, String originalName, Instant now, double peak,
                    Map<Quality, SeekIndex> indexes, Path staged, Path target) {
            MOST_AT_ONCE.accumulateAndGet(INSIDE.incrementAndGet(), Math::max);
            try {
                Thread.sleep(400);
                super.commit(track, contentSha256, originalName, now, peak, indexes, staged, target);
                COMMITS.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                INSIDE.decrementAndGet();
            }
        }
    }
}
