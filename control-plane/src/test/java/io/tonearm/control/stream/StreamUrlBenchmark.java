package io.tonearm.control.stream;

import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestDatabase;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures stream-URL issuance and time to first audio byte against a real control plane serving
 * the sample pack on loopback: signatures per second ({@link UrlSigner} alone), whole issuances per
 * second in-process ({@link StreamController}: catalog lookup, signing, peak and seek index),
 * {@code GET /v1/tracks/{id}/stream?quality=} over HTTP (p50/p99), and the signed URL's first audio
 * byte (request sent → first body byte, {@code Range: bytes=0-}, p50/p99). Reports, asserts nothing.
 * Not a test; run by hand from the repository root:
 *
 * <pre>java -cp control-plane/target/test-classes:control-plane/target/classes:$(cat control-plane/target/classpath.txt) \
 *     io.tonearm.control.stream.StreamUrlBenchmark [requests=2000] [samplePack=samples]</pre>
 */
public final class StreamUrlBenchmark {

    private static final List<String> TRACKS = List.of("velvet-orchard-01", "neon-harbor-01", "neon-harbor-02",
            "saltmarsh-lights-01");
    private static final int[] QUALITIES = {24, 96, 160, 320};
    private static final Pattern URL = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"");

    private StreamUrlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path pack = Path.of(args.length > 1 ? args[1] : "samples");
        Path temp = Files.createTempDirectory("stream-bench");
        try (RunningControlPlane app = RunningControlPlane.start(RunningControlPlane.properties(temp.resolve("data"), pack))) {
            System.out.printf(Locale.ROOT, "Machine: %d cores, load average %.1f; database %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    TestDatabase.postgresUrl().isPresent() ? "PostgreSQL" : "H2 (embedded file)");
            signer(app.context().getBean(UrlSigner.class), n * 10);
            inProcess(app.context().getBean(StreamController.class), n * 5);
            http(app, n);
        }
    }

    private static void signer(UrlSigner signer, int n) {
        Instant exp = Instant.now().plusSeconds(900);
        Optional<DeviceId> device = Optional.of(DeviceId.parse("bench-device"));
        for (int i = 0; i < n; i++) { // warm-up
            signer.sign("/v1/audio/" + TRACKS.get(i % TRACKS.size()) + "/160.ogg", exp, device);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            signer.sign("/v1/audio/" + TRACKS.get(i % TRACKS.size()) + "/160.ogg", exp, device);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "signatures (UrlSigner.sign), 1 thread: %,.0f/s%n", n / s);
    }

    private static void inProcess(StreamController controller, int n) {
        for (int i = 0; i < n; i++) { // warm-up, and the seek indexes get built and stored
            issue(controller, i);
        }
        long[] nanos = new long[n];
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            issue(controller, i);
            nanos[i] = System.nanoTime() - t;
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "issuances in-process (StreamController), 1 thread: %,.0f/s; %s%n", n / s,
                percentiles(nanos));
    }

    private static void issue(StreamController controller, int i) {
        int status = controller.stream(TRACKS.get(i % TRACKS.size()), Integer.toString(QUALITIES[i % QUALITIES.length]),
                "bench-device").code();
        if (status != 200) {
            throw new IllegalStateException("issuance answered " + status);
        }
    }

    private static void http(RunningControlPlane app, int n) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < Math.min(n, 300); i++) { // warm-up
            firstByte(client, app, link(client, app, i));
        }
        long[] issue = new long[n];
        long[] first = new long[n];
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            String url = link(client, app, i);
            issue[i] = System.nanoTime() - t;
            first[i] = firstByte(client, app, url);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "GET /v1/tracks/{id}/stream over HTTP, one client (keep-alive): %s%n",
                percentiles(issue));
        System.out.printf(Locale.ROOT, "first audio byte of the signed URL (request → first body byte): %s%n",
                percentiles(first));
        System.out.printf(Locale.ROOT, "issue + first byte, sequential: %,.0f/s over %d%n", n / s, n);
    }

    private static String link(HttpClient client, RunningControlPlane app, int i) throws Exception {
        String path = "/v1/tracks/" + TRACKS.get(i % TRACKS.size()) + "/stream?quality=" + QUALITIES[i % QUALITIES.length]
                + "&device_id=bench-device";
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(app.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = URL.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("stream link answered " + r.statusCode());
        }
        return m.group(1);
    }

    /** Nanoseconds from sending the audio request to reading its first body byte; the rest is discarded. */
    private static long firstByte(HttpClient client, RunningControlPlane app, String url) throws Exception {
        URI uri = app.uri(RunningControlPlane.localPart(url));
        long t = System.nanoTime();
        HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(uri).header("Range", "bytes=0-").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = r.body()) {
            if (body.read() < 0 || r.statusCode() != 206) {
                throw new IllegalStateException("audio answered " + r.statusCode());
            }
            long elapsed = System.nanoTime() - t;
            body.transferTo(java.io.OutputStream.nullOutputStream());
            return elapsed;
        }
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "n=%d p50 %.3f ms, p99 %.3f ms, max %.3f ms", sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
