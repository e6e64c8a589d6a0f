package io.tonearm.control.playlist;

import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestDatabase;
import io.tonearm.control.TestPack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures playlist edits over HTTP on loopback: the latency of sequential appends by one client, and
 * the throughput of appends by 8 concurrent clients to one collaborative playlist (all must land).
 * Not a test; run by hand (see docs/notes/playlists.md). Add {@code -Dtonearm.it.postgres=...} to
 * measure PostgreSQL instead of the embedded H2 file.
 *
 * <pre>java -cp ... io.tonearm.control.playlist.PlaylistEditBenchmark [sequential=300] [perThread=40]</pre>
 */
public final class PlaylistEditBenchmark {

    private static final int THREADS = 8;

    private PlaylistEditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sequential = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int perThread = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path temp = Files.createTempDirectory("playlist-bench");
        try (RunningControlPlane app = RunningControlPlane.start(
                RunningControlPlane.properties(temp.resolve("data"), TestPack.write(temp.resolve("pack"), THREADS)))) {
            PlaylistClient owner = new PlaylistClient(app, "owner");
            String warm = owner.create("owner", "{\"name\":\"warm-up\"}");
            for (int i = 0; i < 50; i++) {
                append(owner, warm, 1);
            }
            String solo = owner.create("owner", "{\"name\":\"sequential\"}");
            long[] nanos = new long[sequential];
            for (int i = 0; i < sequential; i++) {
                long t0 = System.nanoTime();
                append(owner, solo, 1 + i % THREADS);
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "database %s%n", TestDatabase.postgresUrl().isPresent() ? "PostgreSQL" : "H2 (embedded file)");
            System.out.printf(Locale.ROOT, "sequential appends: n=%d p50=%.2f ms p99=%.2f ms%n", sequential,
                    nanos[sequential / 2] / 1e6, nanos[(int) (sequential * 0.99)] / 1e6);

            String shared = owner.create("owner", "{\"name\":\"concurrent\",\"collaborative\":true}");
            List<PlaylistClient> clients = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                PlaylistClient c = new PlaylistClient(app, "user" + t);
                c.send("PUT", "/v1/playlists/" + shared + "/followers", null);
                clients.add(c);
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> new Thread(r, "bench-editor"));
            long t0 = System.nanoTime();
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                PlaylistClient c = clients.get(t);
                int track = t + 1;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        append(c, shared, track);
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            int total = owner.trackIds(shared).size();
            System.out.printf(Locale.ROOT, "concurrent appends: %d clients x %d = %d in %.2f s (%.0f/s), items afterwards %d%n",
                    THREADS, perThread, THREADS * perThread, seconds, THREADS * perThread / seconds, total);
        }
    }

    private static void append(PlaylistClient client, String playlist, int track) {
        PlaylistClient.Response r = client.send("POST", "/v1/playlists/" + playlist + "/tracks",
                "{\"uris\":" + PlaylistClient.uris(TestPack.trackId(track)) + "}");
        if (r.status() != 201) {
            throw new IllegalStateException("append failed: " + r.status() + " " + r.body());
        }
    }
}
