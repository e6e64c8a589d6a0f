package io.tonearm.agent.decode.jorbis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tonearm.agent.audio.Pcm16;
import io.tonearm.agent.decode.DecodedAudio;
import io.tonearm.agent.stream.UrlConnectionRangeClient;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.SeekIndex;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.StreamingFetcher;
import io.tonearm.agent.stream.StreamingSettings;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.stream.seek.OpenedTrack;
import io.tonearm.agent.stream.seek.SeekIndexScanner;
import io.tonearm.agent.stream.seek.TrackOpener;
import io.tonearm.agent.time.TimeSource;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Seeking over HTTP: the opener finds the page by index or bisection with Range requests, and the samples are exact. */
class NetworkSeekIT {
    private static final Path AUDIO = Path.of("").toAbsolutePath().getParent().getParent().resolve("samples/audio");
    private final RangeFileServer server;
    private final StreamingFetcher fetcher = new StreamingFetcher(new UrlConnectionRangeClient(Duration.ofSeconds(2), Duration.ofSeconds(5)),
            StreamingSettings.forReadAhead(256), TimeSource.SYSTEM, new Random(1));

    NetworkSeekIT() throws Exception {
        server = new RangeFileServer();
    }

    @AfterEach
    void tearDown() {
        fetcher.close();
        server.close();
    }

    @Test
    void a_seek_by_bisection_over_http_plays_the_exact_samples() throws Exception {
        assertExactAfterSeek("velvet-orchard-01-160.ogg", 12_345, false);
    }

    @Test
    void a_seek_by_the_seek_index_over_http_plays_the_exact_samples_with_fewer_requests() throws Exception {
        int bisection = assertExactAfterSeek("velvet-orchard-01-160.ogg", 12_345, false);
        int indexed = assertExactAfterSeek("velvet-orchard-01-160.ogg", 12_345, true);
        org.junit.jupiter.api.Assertions.assertTrue(indexed < bisection, indexed + " requests with the index, " + bisection + " without");
    }

    private int assertExactAfterSeek(String file, long ms, boolean withIndex) throws Exception {
        byte[] ogg = Files.readAllBytes(AUDIO.resolve(file));
        server.put("/" + file, ogg);
        Decoded reference = Decoded.of(ogg);
        int rate = reference.formats().get(0).sampleRate();
        int channels = reference.formats().get(0).channels();
        Optional<SeekIndex> index = withIndex ? Optional.of(SeekIndexScanner.scan(ogg, rate)) : Optional.empty();
        StreamTicket ticket = new StreamTicket(new TrackRef("t"), Quality.KBPS_160, server.uri("/" + file),
                Instant.now().plusSeconds(60), 0, 30_000, index);
        int before = server.requests();

        OpenedTrack opened = new TrackOpener(fetcher, new VorbisDecoder()).open(ticket, ms, () -> ticket.url());
        byte[] got = drain(opened.audio(), channels);
        opened.close();

        long frame = ms * rate / 1000;
        assertEquals(frame, opened.firstFrame());
        byte[] want = Arrays.copyOfRange(reference.pcm(), (int) (frame * channels * 2), reference.pcm().length);
        assertArrayEquals(want, got);
        return server.requests() - before;
    }

    static byte[] drain(DecodedAudio audio, int channels) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        float[] buf = new float[1024 * channels];
        byte[] bytes = new byte[buf.length * 2];
        for (int n = audio.read(buf, 1024); n != DecodedAudio.END; n = audio.read(buf, 1024)) {
            Pcm16.toLittleEndian(buf, n * channels, bytes, 0);
            out.write(bytes, 0, n * channels * 2);
        }
        return out.toByteArray();
    }
}
