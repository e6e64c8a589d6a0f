package io.tonearm.control.playlist;

import static io.tonearm.control.TestPack.trackId;
import static io.tonearm.control.playlist.PlaylistClient.uris;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestPack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many clients editing one playlist at once: nothing is lost, nothing is reordered wrongly. */
class PlaylistConcurrencyIT {

    private static final int THREADS = 8;
    private static final int ADDS_PER_THREAD = 12;

    @TempDir
    static Path temp;
    static RunningControlPlane app;
    static PlaylistClient owner;

    @BeforeAll
    static void start() {
        app = RunningControlPlane.start(RunningControlPlane.properties(temp.resolve("data"),
                TestPack.write(temp.resolve("pack"), THREADS)));
        owner = new PlaylistClient(app, "owner");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void concurrent_appends_without_snapshot_all_land_in_each_clients_order() throws Exception {
        String id = owner.create("owner", "{\"name\":\"Busy\",\"collaborative\":true}");
        List<PlaylistClient> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            PlaylistClient c = new PlaylistClient(app, "user" + t);
            assertThat(c.send("PUT", "/v1/playlists/" + id + "/followers", null).status()).isEqualTo(200);
            clients.add(c);
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> new Thread(r, "playlist-editor"));
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                PlaylistClient c = clients.get(t);
                String track = trackId(t + 1);
                Callable<List<Integer>> job = () -> {
                    go.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < ADDS_PER_THREAD; i++) {
                        statuses.add(c.send("POST", "/v1/playlists/" + id + "/tracks", "{\"uris\":" + uris(track) + "}").status());
                    }
                    return statuses;
                };
                results.add(pool.submit(job));
            }
            go.countDown();
            for (Future<List<Integer>> f : results) {
                assertThat(f.get(120, TimeUnit.SECONDS)).containsOnly(201);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> items = owner.trackIds(id);
        assertThat(items).hasSize(THREADS * ADDS_PER_THREAD);
        for (int t = 0; t < THREADS; t++) {
            String track = trackId(t + 1);
            assertThat(items.stream().filter(track::equals).count()).as(track).isEqualTo(ADDS_PER_THREAD);
        }
        PlaylistClient.Response page = owner.send("GET", "/v1/playlists/" + id + "/tracks?limit=100", null);
        List<String> addedBy = new ArrayList<>();
        owner.json(page).get("items").values().forEach(i -> addedBy.add(i.get("added_by").get("id").getStringValue()));
        for (int k = 0; k < items.size(); k++) {
            int thread = Integer.parseInt(items.get(k).replaceAll("\\D+", "")) - 1;
            assertThat(addedBy.get(k)).as("item %d was added by the client that sent its track", k).isEqualTo("user" + thread);
        }
    }

    @Test
    void concurrent_moves_that_name_the_same_snapshot_apply_exactly_once() throws Exception {
        String id = owner.create("owner", "{\"name\":\"Race\"}");
        String[] tracks = {trackId(1), trackId(2), trackId(3), trackId(4)};
        owner.send("POST", "/v1/playlists/" + id + "/tracks", "{\"uris\":" + uris(tracks) + "}");
        String snapshot = owner.snapshot(id);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> new Thread(r, "playlist-mover"));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return owner.send("PUT", "/v1/playlists/" + id + "/tracks",
                            "{\"range_start\":0,\"insert_before\":4,\"snapshot_id\":\"" + snapshot + "\"}").status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
            assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(THREADS - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(owner.trackIds(id)).containsExactly(tracks[1], tracks[2], tracks[3], tracks[0]);
    }

    @Test
    void the_same_user_following_many_times_at_once_follows_once() throws Exception {
        String id = owner.create("owner", "{\"name\":\"Popular\"}");
        PlaylistClient fan = new PlaylistClient(app, "fan");
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> new Thread(r, "playlist-follower"));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return fan.send("PUT", "/v1/playlists/" + id + "/followers", null).status();
                }));
            }
            go.countDown();
            for (Future<Integer> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(owner.json(owner.send("GET", "/v1/playlists/" + id, null)).get("followers").get("total").getLongValue())
                .isEqualTo(2);
    }
}
