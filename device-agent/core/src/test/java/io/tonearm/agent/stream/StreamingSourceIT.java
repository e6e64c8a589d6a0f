package io.tonearm.agent.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tonearm.agent.stream.ScriptedAudioServer.Request;
import io.tonearm.agent.stream.StreamException.Reason;
import io.tonearm.agent.testkit.ManualTime;
import io.tonearm.agent.time.TimeSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The streaming source against a scripted audio server on loopback; backoff waits run in virtual time. */
class StreamingSourceIT {
    private static final byte[] AUDIO = pattern(300_000);
    private final ManualTime time = new ManualTime();
    private ScriptedAudioServer server;
    private StreamingFetcher fetcher;

    @AfterEach
    void tearDown() throws IOException {
        if (fetcher != null) {
            fetcher.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private StreamingSource open(ScriptedAudioServer.Script script, String path, UrlRefresher refresher) throws IOException {
        return open(script, path, refresher, time);
    }

    private StreamingSource open(ScriptedAudioServer.Script script, String path, UrlRefresher refresher, TimeSource clock)
            throws IOException {
        server = new ScriptedAudioServer(script);
        StreamingSettings settings = new StreamingSettings(128 * 1024, 64 * 1024, Duration.ofMillis(300),
                new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(2), 4));
        fetcher = new StreamingFetcher(new UrlConnectionRangeClient(Duration.ofSeconds(2), settings.readTimeout()), settings, clock, new Random(7));
        return fetcher.source(server.uri(path), 0, refresher, 96);
    }

    private static UrlRefresher noRefresh() {
        return () -> {
            throw new AssertionError("no refresh expected");
        };
    }

    @Test
    void fetches_the_whole_file_in_range_chunks() throws Exception {
        try (StreamingSource source = open((r, out) -> ScriptedAudioServer.partial(r, out, AUDIO), "/a.ogg", noRefresh())) {
            assertArrayEquals(AUDIO, readAll(source.input()));
        }
        assertEquals(5, server.requests().size(), "300 000 bytes in 64 KiB requests");
        for (Request r : server.requests()) {
            assertEquals((r.number() - 1) * 65536L, r.from());
            assertTrue(r.last() - r.from() < 65536);
        }
    }

    @Test
    void resumes_with_range_where_a_dropped_connection_stopped() throws Exception {
        ScriptedAudioServer.Script script = (r, out) -> {
            if (r.number() == 2) {
                ScriptedAudioServer.cutAfter(r, out, AUDIO, 10_000);
            } else {
                ScriptedAudioServer.partial(r, out, AUDIO);
            }
        };
        try (StreamingSource source = open(script, "/a.ogg", noRefresh())) {
            assertArrayEquals(AUDIO, readAll(source.input()));
        }
        assertEquals(65536 + 10_000, server.requests().get(2).from(), "the third request picks up after the cut");
    }

    @Test
    void resumes_after_a_body_stalls_past_the_read_timeout() throws Exception {
        ScriptedAudioServer.Script script = (r, out) -> {
            if (r.number() == 1) {
                ScriptedAudioServer.cutAfter(r, out, AUDIO, 5000);
                Thread.sleep(5000);
            } else {
                ScriptedAudioServer.partial(r, out, AUDIO);
            }
        };
        try (StreamingSource source = open(script, "/a.ogg", noRefresh())) {
            assertArrayEquals(AUDIO, readAll(source.input()));
        }
        assertEquals(5000, server.requests().get(1).from());
    }

    @Test
    void a_server_that_always_stalls_at_the_same_byte_ends_in_a_clear_error() throws Exception {
        ScriptedAudioServer.Script script = (r, out) -> {
            if (r.from() < 5000) {
                ScriptedAudioServer.cutAfter(r, out, AUDIO, (int) (5000 - r.from()));
            } else {
                ScriptedAudioServer.head(out, "206 Partial Content", "Content-Range: bytes " + r.from() + "-" + r.last() + "/300000",
                        "Content-Length: " + (r.last() - r.from() + 1));
                out.flush();
            }
            Thread.sleep(5000);
        };
        try (StreamingSource source = open(script, "/a.ogg", noRefresh())) {
            StreamFailedException e = assertThrows(StreamFailedException.class, () -> readAll(source.input()));
            assertEquals(Reason.UNAVAILABLE, e.failure().reason());
            assertTrue(e.getMessage().contains("read timed out"), e.getMessage());
            assertTrue(e.getMessage().contains("byte 5000"), e.getMessage());
        }
        assertEquals(4, server.requests().size(), "the first, then three retries without progress");
    }

    @Test
    void an_expired_url_is_refreshed_once_and_fetching_goes_on() throws Exception {
        AtomicInteger refreshes = new AtomicInteger();
        ScriptedAudioServer.Script first = (r, out) -> {
            if (r.path().equals("/old") && r.number() > 1) {
                ScriptedAudioServer.status(out, "410 Gone");
            } else {
                ScriptedAudioServer.partial(r, out, AUDIO);
            }
        };
        try (StreamingSource source = open(first, "/old", () -> {
            refreshes.incrementAndGet();
            return server.uri("/new");
        })) {
            assertArrayEquals(AUDIO, readAll(source.input()));
        }
        assertEquals(1, refreshes.get());
        assertEquals("/new", server.requests().get(2).path());
        assertEquals(65536, server.requests().get(2).from(), "the fresh URL continues where the old one stopped");
    }

    @Test
    void a_url_refused_again_after_its_refresh_fails_as_forbidden() throws Exception {
        AtomicInteger refreshes = new AtomicInteger();
        try (StreamingSource source = open((r, out) -> ScriptedAudioServer.status(out, "403 Forbidden"), "/old", () -> {
            refreshes.incrementAndGet();
            return server.uri("/new");
        })) {
            StreamFailedException e = assertThrows(StreamFailedException.class, () -> readAll(source.input()));
            assertEquals(Reason.FORBIDDEN, e.failure().reason());
        }
        assertEquals(1, refreshes.get());
        assertEquals(2, server.requests().size());
    }

    @Test
    void not_found_fails_at_once() throws Exception {
        try (StreamingSource source = open((r, out) -> ScriptedAudioServer.status(out, "404 Not Found"), "/a.ogg", noRefresh())) {
            StreamFailedException e = assertThrows(StreamFailedException.class, () -> readAll(source.input()));
            assertEquals(Reason.NOT_FOUND, e.failure().reason());
        }
        assertEquals(1, server.requests().size());
    }

    @Test
    void server_errors_are_retried_with_backoff_then_fail() throws Exception {
        long before = time.nanoTime();
        try (StreamingSource source = open((r, out) -> ScriptedAudioServer.status(out, "500 Internal Server Error"), "/a.ogg", noRefresh())) {
            StreamFailedException e = assertThrows(StreamFailedException.class, () -> readAll(source.input()));
            assertEquals(Reason.UNAVAILABLE, e.failure().reason());
            assertTrue(e.getMessage().contains("gave up after 4 attempts"), e.getMessage());
        }
        assertEquals(4, server.requests().size());
        long waited = time.nanoTime() - before;
        assertTrue(waited >= Duration.ofMillis(50 + 100 + 200).toNanos() && waited <= Duration.ofMillis(700).toNanos(),
                "three backoffs of 100, 200, 400 ms with jitter in [d/2, d]: " + waited);
    }

    @Test
    void a_redirect_loop_is_refused() throws Exception {
        ScriptedAudioServer.Script script = (r, out) -> ScriptedAudioServer.status(out, "302 Found",
                "Location: " + (r.path().equals("/a") ? "/b" : "/a"));
        try (StreamingSource source = open(script, "/a", noRefresh())) {
            StreamFailedException e = assertThrows(StreamFailedException.class, () -> readAll(source.input()));
            assertEquals(Reason.PROTOCOL, e.failure().reason());
            assertTrue(e.getMessage().contains("redirect loop"), e.getMessage());
        }
        assertEquals(2, server.requests().size());
    }

    @Test
    void a_redirect_is_followed() throws Exception {
        ScriptedAudioServer.Script script = (r, out) -> {
            if (r.path().equals("/a")) {
                ScriptedAudioServer.status(out, "307 Temporary Redirect", "Location: /cdn/a");
            } else {
                ScriptedAudioServer.partial(r, out, AUDIO);
            }
        };
        try (StreamingSource source = open(script, "/a", noRefresh())) {
            assertArrayEquals(AUDIO, readAll(source.input()));
        }
    }

    @Test
    void a_zero_length_body_is_an_error() throws Exception {
        try (StreamingSource source = open((r, out) -> ScriptedAudioServer.status(out, "200 OK"), "/a", noRefresh())) {
            StreamFailedException e = assertThrows(StreamFailedException.class, () -> readAll(source.input()));
            assertEquals(Reason.PROTOCOL, e.failure().reason());
            assertTrue(e.getMessage().contains("empty"), e.getMessage());
        }
    }

    @Test
    void a_body_that_is_always_empty_despite_its_range_fails_after_the_retries() throws Exception {
        ScriptedAudioServer.Script script = (r, out) -> ScriptedAudioServer.cutAfter(r, out, AUDIO, 0);
        try (StreamingSource source = open(script, "/a", noRefresh())) {
            StreamFailedException e = assertThrows(StreamFailedException.class, () -> readAll(source.input()));
            assertEquals(Reason.UNAVAILABLE, e.failure().reason());
            assertTrue(e.getMessage().contains("at byte 0"), e.getMessage());
        }
        assertEquals(4, server.requests().size());
    }

    @Test
    void a_wrong_content_range_is_refused() throws Exception {
        ScriptedAudioServer.Script script = (r, out) -> {
            ScriptedAudioServer.head(out, "206 Partial Content", "Content-Range: bytes 100-199/300000", "Content-Length: 100");
            out.write(AUDIO, 100, 100);
        };
        try (StreamingSource source = open(script, "/a", noRefresh())) {
            StreamFailedException e = assertThrows(StreamFailedException.class, () -> readAll(source.input()));
            assertEquals(Reason.PROTOCOL, e.failure().reason());
            assertTrue(e.getMessage().contains("wrong Content-Range"), e.getMessage());
        }
        assertEquals(1, server.requests().size());
    }

    @Test
    void a_content_length_larger_than_the_range_is_refused() throws Exception {
        ScriptedAudioServer.Script script = (r, out) -> {
            ScriptedAudioServer.head(out, "206 Partial Content", "Content-Range: bytes 0-99/300000", "Content-Length: 200");
            out.write(AUDIO, 0, 200);
        };
        try (StreamingSource source = open(script, "/a", noRefresh())) {
            StreamFailedException e = assertThrows(StreamFailedException.class, () -> readAll(source.input()));
            assertEquals(Reason.PROTOCOL, e.failure().reason());
            assertTrue(e.getMessage().contains("disagrees"), e.getMessage());
        }
    }

    @Test
    void a_body_longer_than_it_declared_is_refused() throws Exception {
        ScriptedAudioServer.Script script = (r, out) -> {
            ScriptedAudioServer.head(out, "206 Partial Content", "Content-Range: bytes 0-99/300000");
            out.write(AUDIO, 0, 300);
        };
        try (StreamingSource source = open(script, "/a", noRefresh())) {
            StreamFailedException e = assertThrows(StreamFailedException.class, () -> readAll(source.input()));
            assertEquals(Reason.PROTOCOL, e.failure().reason());
            assertTrue(e.getMessage().contains("longer than"), e.getMessage());
        }
    }

    @Test
    void reports_what_it_holds_and_the_measured_throughput() throws Exception {
        ScriptedAudioServer.Script script = (r, out) -> ScriptedAudioServer.throttled(r, out, AUDIO, 4_000_000);
        try (StreamingSource source = open(script, "/a", noRefresh(), TimeSource.SYSTEM)) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (source.bufferedBytes() < 128 * 1024 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(128 * 1024, source.bufferedBytes(), "the read-ahead fills and stops");
            assertEquals(128 * 1024 * 8 / 96, source.bufferedMillis());
            long bps = source.throughputBitsPerSecond();
            assertTrue(bps > 1_000_000 && bps < 8_000_000, "about 4 Mbit/s: " + bps);
            assertEquals(2, server.requests().size(), "no request beyond the read-ahead");
        }
    }

    @Test
    void a_source_opened_at_the_end_of_the_resource_ends_at_once() throws Exception {
        server = new ScriptedAudioServer((r, out) -> ScriptedAudioServer.status(out, "416 Range Not Satisfiable",
                "Content-Range: bytes */300000"));
        fetcher = new StreamingFetcher(new UrlConnectionRangeClient(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                StreamingSettings.forReadAhead(64), time, new Random(7));
        try (StreamingSource atEnd = fetcher.source(server.uri("/a"), 300_000, noRefresh(), 96)) {
            assertEquals(0, readAll(atEnd.input()).length);
        }
        try (StreamingSource past = fetcher.source(server.uri("/a"), 200_000, noRefresh(), 96)) {
            StreamFailedException e = assertThrows(StreamFailedException.class, () -> readAll(past.input()));
            assertEquals(Reason.PROTOCOL, e.failure().reason());
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + (i >> 8));
        }
        return b;
    }
}
