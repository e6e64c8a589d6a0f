package io.tonearm.agent.decode.jorbis;

import io.tonearm.agent.decode.DecodedAudio;
import io.tonearm.agent.stream.UrlConnectionRangeClient;
import io.tonearm.agent.stream.Quality;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/**
 * Streams a sample track from a bandwidth-limited loopback server and plays it in real time into a
 * simulated sink with a 200 ms buffer, reporting the time to the first decoded frame, the
 * underruns (a frame decoded after the sink would have run dry) and the qualities played. Not a
 * test; run by hand (see docs/notes/stream.md):
 * <pre>
 * java -cp ... io.tonearm.agent.decode.jorbis.StreamingBenchmark SAMPLES_DIR TRACK_ID KBPS LINK_FACTOR [abr]
 * </pre>
 * LINK_FACTOR is the link's bandwidth as a multiple of the file's real bit rate.
 */
public final class StreamingBenchmark {
    private static final long SINK_BUFFER_NANOS = 200_000_000L;

    private StreamingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String id = args[1];
        Quality quality = Quality.fromKbps(Integer.parseInt(args[2]));
        double factor = Double.parseDouble(args[3]);
        boolean abr = args.length > 4 && args[4].equals("abr");
        try (RangeFileServer server = new RangeFileServer();
             StreamingFetcher fetcher = new StreamingFetcher(new UrlConnectionRangeClient(java.time.Duration.ofSeconds(2),
                     java.time.Duration.ofSeconds(5)), StreamingSettings.forReadAhead(512), TimeSource.SYSTEM, new Random())) {
            long fileBits = 0;
            for (Quality q : Quality.values()) {
                byte[] ogg = Files.readAllBytes(dir.resolve(id + "-" + q.kbps() + ".ogg"));
                server.put("/" + q.kbps() + ".ogg", ogg);
                if (q == quality) {
                    fileBits = ogg.length * 8L;
                }
            }
            StreamResolver resolver = (track, q) -> new StreamTicket(track, q, server.uri("/" + q.kbps() + ".ogg"),
                    Instant.now().plusSeconds(600), 0, 0);
            Decoded reference = Decoded.of(Files.readAllBytes(dir.resolve(id + "-" + quality.kbps() + ".ogg")));
            double seconds = reference.totalFrames() / (double) reference.formats().get(0).sampleRate();
            long linkBps = (long) (fileBits / seconds * factor);
            server.limit(linkBps);
            TrackOpener opener = new TrackOpener(fetcher, new VorbisDecoder());
            long t0 = System.nanoTime();
            OpenedTrack first = opener.open(resolver.resolve(new TrackRef(id), quality), 0, () -> null);
            DecodedAudio audio = first.audio();
            int rate = audio.format().sampleRate();
            AdaptiveAudio adaptive = new AdaptiveAudio(first, quality, quality, opener, resolver, new TrackRef(id),
                    abr ? LadderPolicy.defaults() : new LadderPolicy(1.0, 0, 1, Long.MAX_VALUE), TimeSource.SYSTEM);
            float[] buf = new float[1024 * audio.format().channels()];
            long frames = 0;
            long firstFrameNanos = -1;
            long playStart = 0;
            int underruns = 0;
            long worstLateMs = 0;
            for (int n = adaptive.read(buf, 1024); n != DecodedAudio.END; n = adaptive.read(buf, 1024)) {
                long now = System.nanoTime();
                if (firstFrameNanos < 0) {
                    firstFrameNanos = now - t0;
                    playStart = now;
                }
                long dueToPlay = playStart + frames * 1_000_000_000L / rate;
                if (now > dueToPlay + SINK_BUFFER_NANOS) {
                    underruns++;
                    worstLateMs = Math.max(worstLateMs, (now - dueToPlay - SINK_BUFFER_NANOS) / 1_000_000);
                    playStart += now - dueToPlay - SINK_BUFFER_NANOS;
                }
                frames += n;
                long wait = playStart + frames * 1_000_000_000L / rate - SINK_BUFFER_NANOS - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            adaptive.close();
            System.out.printf("track %s at %d kbit/s (file %.0f kbit/s), link %.2fx = %d kbit/s, %s%n", id, quality.kbps(),
                    fileBits / seconds / 1000, factor, linkBps / 1000, abr ? "ladder on" : "fixed quality");
            System.out.printf("first decoded frame after %.1f ms; %d underruns (worst %d ms late); %.1f s played; qualities %s%n",
                    firstFrameNanos / 1e6, underruns, worstLateMs, frames / (double) rate, adaptive.history());
        }
    }
}
