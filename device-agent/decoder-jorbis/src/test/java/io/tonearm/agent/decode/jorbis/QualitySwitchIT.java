package io.tonearm.agent.decode.jorbis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tonearm.agent.audio.Pcm16;
import io.tonearm.agent.decode.DecodedAudio;
import io.tonearm.agent.stream.UrlConnectionRangeClient;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.RetryPolicy;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.StreamingFetcher;
import io.tonearm.agent.stream.StreamingSettings;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.stream.abr.AdaptiveAudio;
import io.tonearm.agent.stream.abr.LadderPolicy;
import io.tonearm.agent.stream.seek.OpenedTrack;
import io.tonearm.agent.stream.seek.TrackOpener;
import io.tonearm.agent.time.TimeSource;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bitrate ladder against a bandwidth-limited local server, played at twice real time: the
 * track steps down when the link cannot carry 320 kbit/s, steps back up when the limit is lifted,
 * never restarts, and between switches its samples are exactly the reference decode of whichever
 * quality played, at the same frames.
 */
class QualitySwitchIT {
    private static final Path AUDIO = Path.of("").toAbsolutePath().getParent().getParent().resolve("samples/audio");
    private static final TrackRef TRACK = new TrackRef("velvet-orchard-01");
    private final RangeFileServer server;
    private final StreamingFetcher fetcher = new StreamingFetcher(new UrlConnectionRangeClient(Duration.ofSeconds(2), Duration.ofSeconds(5)),
            new StreamingSettings(128 * 1024, 32 * 1024, Duration.ofSeconds(5), RetryPolicy.defaults()), TimeSource.SYSTEM, new Random(1));
    private final Map<Quality, byte[]> reference = new EnumMap<>(Quality.class);

    QualitySwitchIT() throws Exception {
        server = new RangeFileServer();
        for (Quality q : Quality.values()) {
            byte[] ogg = Files.readAllBytes(AUDIO.resolve("velvet-orchard-01-" + q.kbps() + ".ogg"));
            server.put("/" + q.kbps() + ".ogg", ogg);
            reference.put(q, Decoded.of(ogg).pcm());
        }
    }

    @AfterEach
    void tearDown() {
        fetcher.close();
        server.close();
    }

    @Test
    void steps_down_on_a_poor_link_and_back_up_without_restarting_the_track() throws Exception {
        StreamResolver resolver = (track, q) -> new StreamTicket(track, q, server.uri("/" + q.kbps() + ".ogg"),
                Instant.now().plusSeconds(60), 0, 22_600);
        TrackOpener opener = new TrackOpener(fetcher, new VorbisDecoder());
        server.limit(200_000);
        OpenedTrack first = opener.open(resolver.resolve(TRACK, Quality.KBPS_320), 0, () -> null);
        LadderPolicy policy = new LadderPolicy(1.5, 1500, 2500, 500_000_000L);
        AdaptiveAudio audio = new AdaptiveAudio(first, Quality.KBPS_320, Quality.KBPS_320, opener, resolver, TRACK, policy,
                TimeSource.SYSTEM);

        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        float[] buf = new float[1024 * 2];
        byte[] bytes = new byte[buf.length * 2];
        long start = System.nanoTime();
        long frames = 0;
        boolean lifted = false;
        for (int n = audio.read(buf, 1024); n != DecodedAudio.END; n = audio.read(buf, 1024)) {
            Pcm16.toLittleEndian(buf, n * 2, bytes, 0);
            pcm.write(bytes, 0, n * 4);
            frames += n;
            if (!lifted && audio.quality().compareTo(Quality.KBPS_160) < 0) {
                server.limit(0);
                lifted = true;
            }
            long due = start + frames * 1_000_000_000L / 44_100 / 2;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        audio.close();

        List<AdaptiveAudio.Switched> history = audio.history();
        assertTrue(history.size() >= 3, "down, then up: " + history);
        assertTrue(history.get(1).quality().compareTo(Quality.KBPS_320) < 0, "first a step down: " + history);
        assertTrue(history.get(history.size() - 1).quality().compareTo(history.get(1).quality()) > 0, "then up: " + history);
        byte[] got = pcm.toByteArray();
        Quality last = history.get(history.size() - 1).quality();
        assertEquals(reference.get(last).length, got.length, "every frame of the track, once, ending as " + last + " ends: " + history);
        for (int i = 0; i < history.size(); i++) {
            AdaptiveAudio.Switched s = history.get(i);
            long end = i + 1 < history.size() ? history.get(i + 1).frame() : got.length / 4;
            if (s.quality() == Quality.KBPS_24) {
                continue;
            }
            int from = (int) (s.frame() * 4);
            int to = (int) (end * 4);
            assertArrayEquals(Arrays.copyOfRange(reference.get(s.quality()), from, to), Arrays.copyOfRange(got, from, to),
                    "frames " + s.frame() + "-" + end + " at " + s.quality());
        }
    }
}
