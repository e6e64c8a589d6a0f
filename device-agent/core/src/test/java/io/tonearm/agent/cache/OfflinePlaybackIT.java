package io.tonearm.agent.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tonearm.agent.stream.AudioSource;
import io.tonearm.agent.stream.UrlConnectionRangeClient;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.RetryPolicy;
import io.tonearm.agent.stream.ScriptedAudioServer;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.StreamingFetcher;
import io.tonearm.agent.stream.StreamingSettings;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.testkit.ManualTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache against a real HTTP server that goes away: what was played once plays again offline. */
class OfflinePlaybackIT {
    private static final TrackRef TRACK = new TrackRef("velvet-orchard-01");
    private static final byte[] AUDIO = new byte[200_000];
    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime();
    private final AtomicBoolean cut = new AtomicBoolean();
    private ScriptedAudioServer server;
    private StreamingFetcher network;

    static {
        new Random(3).nextBytes(AUDIO);
    }

    @AfterEach
    void tearDown() throws IOException {
        if (network != null) {
            network.close();
            server.close();
        }
    }

    private CachingFetcher fetcher(DiskCache cache) throws IOException {
        server = new ScriptedAudioServer((r, out) -> {
            if (cut.get() && r.from() == 0) {
                ScriptedAudioServer.cutAfter(r, out, AUDIO, 30_000);
            } else {
                ScriptedAudioServer.partial(r, out, AUDIO);
            }
        });
        network = new StreamingFetcher(new UrlConnectionRangeClient(Duration.ofSeconds(1), Duration.ofSeconds(1)),
                new StreamingSettings(64 * 1024, 64 * 1024, Duration.ofMillis(300), new RetryPolicy(Duration.ofMillis(10), Duration.ofMillis(20), 1)),
                time, new Random(1));
        return new CachingFetcher(network, cache);
    }

    private StreamTicket ticket() {
        return new StreamTicket(TRACK, Quality.KBPS_160, server.uri("/a.ogg?sig=1"), Instant.now().plusSeconds(60), -2.5, 9000);
    }

    @Test
    void a_track_played_once_plays_again_with_the_server_and_control_plane_down() throws Exception {
        DiskCache cache = new DiskCache(dir, 10 << 20, time);
        CachingFetcher fetcher = fetcher(cache);
        try (AudioSource first = fetcher.openSource(ticket(), 0, () -> server.uri("/a.ogg?sig=2"))) {
            assertArrayEquals(AUDIO, readAll(first.input()));
        }
        server.close();

        StreamResolver down = (t, q) -> {
            throw new StreamException(StreamException.Reason.UNAVAILABLE, "control plane unreachable");
        };
        DiskCache afterRestart = new DiskCache(dir, 10 << 20, time);
        StreamTicket offline = new CachingResolver(down, afterRestart).resolve(TRACK, Quality.KBPS_320);
        assertEquals(Quality.KBPS_160, offline.quality());
        assertEquals(-2.5, offline.gainDb());
        assertEquals(CachingFetcher.OFFLINE_SCHEME, offline.url().getScheme());
        try (AudioSource again = new CachingFetcher(network, afterRestart).openSource(offline, 0, () -> {
            throw new AssertionError("no refresh offline");
        })) {
            assertArrayEquals(AUDIO, readAll(again.input()));
        }
    }

    @Test
    void a_track_never_cached_fails_offline_with_the_network_error() throws Exception {
        DiskCache cache = new DiskCache(dir, 10 << 20, time);
        StreamResolver down = (t, q) -> {
            throw new StreamException(StreamException.Reason.UNAVAILABLE, "control plane unreachable");
        };
        StreamException e = assertThrows(StreamException.class, () -> new CachingResolver(down, cache).resolve(TRACK, Quality.KBPS_96));
        assertEquals(StreamException.Reason.UNAVAILABLE, e.reason());
        StreamResolver refuses = (t, q) -> {
            throw new StreamException(StreamException.Reason.FORBIDDEN, "no");
        };
        assertEquals(StreamException.Reason.FORBIDDEN,
                assertThrows(StreamException.class, () -> new CachingResolver(refuses, cache).resolve(TRACK, Quality.KBPS_96)).reason());
    }

    @Test
    void a_cut_off_fetch_is_continued_from_its_partial_file_with_range() throws Exception {
        DiskCache cache = new DiskCache(dir, 10 << 20, time);
        CachingFetcher fetcher = fetcher(cache);
        cut.set(true);
        try (AudioSource first = fetcher.openSource(ticket(), 0, () -> server.uri("/a.ogg"))) {
            assertThrows(IOException.class, () -> readAll(first.input()));
        }
        assertEquals(30_000, cache.partialLength(new CacheKey(TRACK, Quality.KBPS_160)));

        try (AudioSource second = fetcher.openSource(ticket(), 0, () -> server.uri("/a.ogg"))) {
            assertArrayEquals(AUDIO, readAll(second.input()));
        }
        assertEquals(30_000, server.requests().get(1).from(), "resumed at the partial file's end");
        assertTrue(cache.complete(new CacheKey(TRACK, Quality.KBPS_160)).isPresent());
    }

    @Test
    void a_kept_playlist_is_fetched_pinned_and_outlives_eviction() throws Exception {
        DiskCache cache = new DiskCache(dir, 300_000, time);
        CachingFetcher fetcher = fetcher(cache);
        TrackRef missing = new TrackRef("missing");
        StreamResolver resolver = (t, q) -> {
            if (t.equals(missing)) {
                throw new StreamException(StreamException.Reason.NOT_FOUND, "no such track");
            }
            return new StreamTicket(t, q, server.uri("/" + t.id() + ".ogg"), Instant.now().plusSeconds(60), 0, 9000);
        };
        OfflinePlaylist playlist = new OfflinePlaylist(resolver, fetcher, cache);

        var outcome = playlist.keep(java.util.List.of(TRACK, missing), Quality.KBPS_96);

        assertTrue(outcome.get(TRACK).isEmpty(), String.valueOf(outcome));
        assertEquals(StreamException.Reason.NOT_FOUND, outcome.get(missing).orElseThrow().reason());
        CacheKey kept = new CacheKey(TRACK, Quality.KBPS_96);
        assertTrue(cache.entry(kept).orElseThrow().pinned());
        try (AudioSource other = fetcher.openSource(new StreamTicket(new TrackRef("other"), Quality.KBPS_96,
                server.uri("/other.ogg"), Instant.now().plusSeconds(60), 0, 9000), 0, () -> null)) {
            readAll(other.input());
        }
        assertEquals(java.util.Set.of(kept), cache.keys(), "the unpinned newcomer does not fit beside the pinned track");
        playlist.release(java.util.List.of(TRACK), Quality.KBPS_96);
        assertTrue(!cache.entry(kept).orElseThrow().pinned());
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
