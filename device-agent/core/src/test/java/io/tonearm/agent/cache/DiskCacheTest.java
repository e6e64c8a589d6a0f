package io.tonearm.agent.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.testkit.ManualTime;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCacheTest {
    private static final CacheKey A = new CacheKey(new TrackRef("a"), Quality.KBPS_160);
    private static final CacheKey B = new CacheKey(new TrackRef("b"), Quality.KBPS_160);
    private static final CacheKey C = new CacheKey(new TrackRef("c"), Quality.KBPS_160);
    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime();

    private static void put(DiskCache cache, CacheKey key, int bytes) throws IOException {
        try (OutputStream out = cache.appender(key)) {
            out.write(new byte[bytes]);
        }
        cache.finish(key, -3.5, 1234);
    }

    @Test
    void entries_survive_a_restart_with_their_ticket_data() throws Exception {
        put(new DiskCache(dir, 1000, time), A, 100);

        DiskCache again = new DiskCache(dir, 1000, time);
        assertTrue(again.complete(A).isPresent());
        assertEquals(-3.5, again.entry(A).orElseThrow().gainDb());
        assertEquals(1234, again.entry(A).orElseThrow().durationMs());
    }

    @Test
    void the_least_recently_used_entry_goes_first() throws Exception {
        DiskCache cache = new DiskCache(dir, 250, time);
        put(cache, A, 100);
        time.advanceMillis(10);
        put(cache, B, 100);
        time.advanceMillis(10);
        assertTrue(cache.complete(A).isPresent(), "A is used again, so B is now the oldest");
        time.advanceMillis(10);
        put(cache, C, 100);

        assertEquals(Set.of(A, C), cache.keys());
        assertFalse(Files.exists(dir.resolve("b.160.ogg")));
        assertEquals(200, cache.size());
    }

    @Test
    void pinned_entries_are_never_evicted() throws Exception {
        DiskCache cache = new DiskCache(dir, 250, time);
        cache.pin(List.of(A, B));
        put(cache, A, 100);
        time.advanceMillis(10);
        put(cache, B, 100);
        time.advanceMillis(10);
        put(cache, C, 100);

        assertEquals(Set.of(A, B), cache.keys(), "the newest, unpinned entry is the one that cannot stay");
        assertTrue(new DiskCache(dir, 250, time).entry(A).orElseThrow().pinned(), "pins survive a restart");

        cache.unpin(List.of(A));
        put(cache, C, 100);
        assertEquals(Set.of(B, C), cache.keys());
    }

    @Test
    void a_file_that_fails_its_hash_is_dropped() throws Exception {
        DiskCache cache = new DiskCache(dir, 1000, time);
        put(cache, A, 100);
        byte[] bytes = Files.readAllBytes(dir.resolve("a.160.ogg"));
        bytes[50] ^= 1;
        Files.write(dir.resolve("a.160.ogg"), bytes);

        assertTrue(cache.complete(A).isEmpty());
        assertFalse(Files.exists(dir.resolve("a.160.ogg")));
        assertFalse(Files.exists(dir.resolve("a.160.meta")));
    }

    @Test
    void a_partial_file_is_kept_for_the_next_fetch_across_restarts() throws Exception {
        DiskCache cache = new DiskCache(dir, 1000, time);
        try (OutputStream out = cache.appender(A)) {
            out.write(new byte[77]);
        }
        assertEquals(77, new DiskCache(dir, 1000, time).partialLength(A));
        assertTrue(cache.complete(A).isEmpty());
    }

    @Test
    void malformed_or_hostile_entries_are_dropped_at_start() throws Exception {
        put(new DiskCache(dir, 1000, time), A, 100);
        Files.writeString(dir.resolve("a.160.meta"), "length=100\nsha256=zz\n");
        Files.write(dir.resolve("b.160.meta"), new byte[10_000]);
        Files.write(dir.resolve("b.160.ogg"), new byte[10]);
        Files.writeString(dir.resolve("c.160.meta"), "length=100\nsha256=" + "0".repeat(64)
                + "\nlast-used=1\npinned=false\ngain-db=0\nduration-ms=1\n");
        Files.writeString(dir.resolve("..%2f.160.meta"), "x");
        Files.writeString(dir.resolve("d.128.meta"), "x");

        DiskCache cache = new DiskCache(dir, 1000, time);
        assertEquals(Set.of(), cache.keys(), "bad hash text, oversized meta, meta without its file");
        assertFalse(Files.exists(dir.resolve("a.160.ogg")));
    }

    @Test
    void claims_are_exclusive() throws Exception {
        DiskCache cache = new DiskCache(dir, 1000, time);
        assertTrue(cache.claim(A));
        assertFalse(cache.claim(A));
        cache.release(A);
        assertTrue(cache.claim(A));
    }
}
