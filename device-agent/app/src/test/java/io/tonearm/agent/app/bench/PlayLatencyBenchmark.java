package io.tonearm.agent.app.bench;

import com.sun.net.httpserver.HttpServer;
import io.tonearm.agent.Agent;
import io.tonearm.agent.AgentBuilder;
import io.tonearm.agent.decode.jorbis.VorbisDecoder;
import io.tonearm.agent.session.CommandAck;
import io.tonearm.agent.session.CommandEnvelope;
import io.tonearm.agent.session.DeviceCommand;
import io.tonearm.agent.session.DeviceEvent;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.DeviceType;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.sink.CapturingSink;
import io.tonearm.agent.stream.UrlConnectionRangeClient;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.StreamingFetcher;
import io.tonearm.agent.stream.StreamingSettings;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubListener;
import io.tonearm.agent.transport.HubTransport;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Benchmark (not a test): time from a play command reaching the agent (the transport hands it to
 * the session) to the first sample at the sink, with the real agent — session, player, JDK HTTP
 * fetch over loopback from a local HTTP server, JOrbis decoder — and a capturing sink. The stream
 * URL is granted in memory (no control-plane round trip). Prints p50/p90/max over N plays.
 *
 * <pre>
 * bin/tonearm bench latency [FILE.ogg] [ROUNDS] [CHUNK_FRAMES]
 * </pre>
 */
public final class PlayLatencyBenchmark {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "samples/audio/neon-harbor-01-320.ogg");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int chunk = args.length > 2 ? Integer.parseInt(args[2]) : 1024;
        byte[] ogg = Files.readAllBytes(file);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/audio", ex -> {
            ex.getResponseHeaders().add("Content-Type", "audio/ogg");
            ex.sendResponseHeaders(200, ogg.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(ogg);
            } catch (java.io.IOException aborted) {
                // the agent stops reading once the round is measured
            }
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/audio");
        BenchTransport hub = new BenchTransport();
        CapturingSink sink = new CapturingSink(TimeSource.SYSTEM);
        Agent agent = new AgentBuilder()
                .identity(new DeviceIdentity("bench", "Bench", DeviceType.SPEAKER, "bench", true, Quality.KBPS_320, "bench"))
                .transport(hub)
                .streamResolver((track, q) -> new StreamTicket(track, q, url, Instant.now().plusSeconds(300), 0, 22_000))
                .audioFetcher(new StreamingFetcher(new UrlConnectionRangeClient(Duration.ofSeconds(5), Duration.ofSeconds(10)),
                        StreamingSettings.forReadAhead(512), TimeSource.SYSTEM, new java.util.SplittableRandom()))
                .decoder(new VorbisDecoder()).sink(sink).initialVolume(50).chunkFrames(chunk).build();
        agent.start();
        long[] micros = new long[rounds];
        int warmup = 20;
        long version = 0;
        for (int i = -warmup; i < rounds; i++) {
            sink.clear();
            long t0 = System.nanoTime();
            hub.listener.onCommand(new CommandEnvelope("p" + i, ++version, version, 0,
                    new DeviceCommand.Play(List.of(new TrackRef("t" + (i & 7))), 0, 0, Optional.empty())));
            long first;
            while ((first = sink.firstSampleNanos().orElse(-1L)) < 0) {
                Thread.onSpinWait();
                if (System.nanoTime() - t0 > 10_000_000_000L) {
                    throw new IllegalStateException("no sample within 10 s");
                }
            }
            if (i >= 0) {
                micros[i] = (first - t0) / 1000;
            }
            hub.listener.onCommand(new CommandEnvelope("s" + i, ++version, version, 0, new DeviceCommand.Stop()));
            Thread.sleep(20);
        }
        agent.close();
        server.stop(0);
        Arrays.sort(micros);
        System.out.printf("play command -> first sample at the sink (%s, chunk %d frames, %d rounds): "
                        + "p50 %.1f ms, p90 %.1f ms, max %.1f ms%n", file.getFileName(), chunk, rounds,
                micros[rounds / 2] / 1000.0, micros[rounds * 9 / 10] / 1000.0, micros[rounds - 1] / 1000.0);
    }

    /** Stands in for the MQTT transport: hands commands in, discards what the agent publishes. */
    static final class BenchTransport implements HubTransport {
        volatile HubListener listener;

        @Override
        public void start(DeviceIdentity identity, HubListener l) {
            listener = l;
        }

        @Override
        public void publishState(PlaybackState state) {
        }

        @Override
        public void publishEvent(DeviceEvent event) {
        }

        @Override
        public void publishAck(CommandAck ack) {
        }

        @Override
        public void close() {
        }
    }
}
