package io.tonearm.control.playlist;

import static io.tonearm.control.TestPack.trackId;
import static io.tonearm.control.playlist.PlaylistClient.uris;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestPack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Playlists over HTTP: create, read, edit items with snapshots, follow, list, events. */
class PlaylistEndpointsIT {

    @TempDir
    static Path temp;
    static RunningControlPlane app;
    static PlaylistClient alice;
    static PlaylistClient bob;

    @BeforeAll
    static void start() {
        app = RunningControlPlane.start(RunningControlPlane.properties(temp.resolve("data"), TestPack.write(temp.resolve("pack"), 6)));
        alice = new PlaylistClient(app, "alice");
        bob = new PlaylistClient(app, "bob");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_created_playlist_has_spotifys_shape_and_is_listed_for_its_owner() {
        PlaylistClient.Response created = alice.send("POST", "/v1/users/alice/playlists",
                "{\"name\":\"Road trip\",\"description\":\"for the car\",\"public\":false}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode p = alice.json(created);
        String id = p.get("id").getStringValue();
        assertThat(id).matches("[A-Za-z0-9]{22}");
        assertThat(p.get("uri").getStringValue()).isEqualTo("tonearm:playlist:" + id);
        assertThat(p.get("type").getStringValue()).isEqualTo("playlist");
        assertThat(p.get("name").getStringValue()).isEqualTo("Road trip");
        assertThat(p.get("description").getStringValue()).isEqualTo("for the car");
        assertThat(p.get("public").getBooleanValue()).isFalse();
        assertThat(p.get("collaborative").getBooleanValue()).isFalse();
        assertThat(p.get("owner").get("id").getStringValue()).isEqualTo("alice");
        assertThat(p.get("owner").get("uri").getStringValue()).isEqualTo("tonearm:user:alice");
        assertThat(p.get("followers").get("total").getLongValue()).isEqualTo(1);
        assertThat(p.get("tracks").get("total").getLongValue()).isZero();
        assertThat(p.get("snapshot_id").getStringValue()).isNotBlank();

        JsonNode mine = alice.json(alice.send("GET", "/v1/me/playlists?limit=50", null));
        assertThat(mine.get("items").values()).anySatisfy(item -> assertThat(item.get("id").getStringValue()).isEqualTo(id));
        assertThat(app.context().getBean(PlaylistEventsRecorder.class).ids()).contains(id);
    }

    @Test
    void add_reorder_and_remove_change_the_items_and_the_snapshot() {
        String id = alice.create("alice", "{\"name\":\"Edits\"}");
        String s0 = alice.snapshot(id);
        PlaylistClient.Response added = alice.send("POST", "/v1/playlists/" + id + "/tracks",
                "{\"uris\":" + uris(trackId(1), trackId(2), trackId(3)) + "}");
        assertThat(added.status()).isEqualTo(201);
        String s1 = alice.json(added).get("snapshot_id").getStringValue();
        assertThat(s1).isNotEqualTo(s0);
        assertThat(alice.send("POST", "/v1/playlists/" + id + "/tracks?uris=tonearm:track:" + trackId(4) + "&position=0", null).status())
                .isEqualTo(201);
        assertThat(alice.trackIds(id)).containsExactly(trackId(4), trackId(1), trackId(2), trackId(3));

        PlaylistClient.Response moved = alice.send("PUT", "/v1/playlists/" + id + "/tracks",
                "{\"range_start\":0,\"insert_before\":4,\"range_length\":2}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(alice.trackIds(id)).containsExactly(trackId(2), trackId(3), trackId(4), trackId(1));

        PlaylistClient.Response removed = alice.send("DELETE", "/v1/playlists/" + id + "/tracks",
                "{\"tracks\":[{\"uri\":\"tonearm:track:" + trackId(3) + "\"}]}");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(alice.trackIds(id)).containsExactly(trackId(2), trackId(4), trackId(1));

        assertThat(alice.send("PUT", "/v1/playlists/" + id + "/tracks", "{\"uris\":" + uris(trackId(5)) + "}").status()).isEqualTo(200);
        assertThat(alice.trackIds(id)).containsExactly(trackId(5));
        JsonNode item = alice.json(alice.send("GET", "/v1/playlists/" + id + "/tracks", null)).get("items").get(0);
        assertThat(item.get("added_by").get("id").getStringValue()).isEqualTo("alice");
        assertThat(item.get("is_local").getBooleanValue()).isFalse();
        assertThat(item.get("added_at").getStringValue()).endsWith("Z");
    }

    @Test
    void an_edit_carrying_a_stale_snapshot_is_409_and_changes_nothing() {
        String id = alice.create("alice", "{\"name\":\"Stale\"}");
        String old = alice.snapshot(id);
        alice.send("POST", "/v1/playlists/" + id + "/tracks", "{\"uris\":" + uris(trackId(1), trackId(2)) + "}");
        String current = alice.snapshot(id);
        PlaylistClient.Response stale = alice.send("PUT", "/v1/playlists/" + id + "/tracks",
                "{\"range_start\":1,\"insert_before\":0,\"snapshot_id\":\"" + old + "\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).isEqualTo("{\"error\":{\"status\":409,\"message\":\"snapshot_id is not the playlist's current snapshot\"}}");
        assertThat(alice.send("DELETE", "/v1/playlists/" + id + "/tracks", "{\"tracks\":[{\"uri\":\"tonearm:track:" + trackId(1)
                + "\"}],\"snapshot_id\":\"" + old + "\"}").status()).isEqualTo(409);
        assertThat(alice.send("PUT", "/v1/playlists/" + id, "{\"name\":\"x\",\"snapshot_id\":\"" + old + "\"}").status()).isEqualTo(409);
        assertThat(alice.trackIds(id)).containsExactly(trackId(1), trackId(2));
        assertThat(alice.snapshot(id)).isEqualTo(current);

        PlaylistClient.Response fresh = alice.send("PUT", "/v1/playlists/" + id + "/tracks",
                "{\"range_start\":1,\"insert_before\":0,\"snapshot_id\":\"" + current + "\"}");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(alice.trackIds(id)).containsExactly(trackId(2), trackId(1));
    }

    @Test
    void details_change_for_the_owner_only() {
        String id = alice.create("alice", "{\"name\":\"Before\"}");
        PlaylistClient.Response changed = alice.send("PUT", "/v1/playlists/" + id,
                "{\"name\":\"After\",\"description\":\"new\",\"collaborative\":true}");
        assertThat(changed.status()).isEqualTo(200);
        JsonNode p = alice.json(alice.send("GET", "/v1/playlists/" + id, null));
        assertThat(p.get("name").getStringValue()).isEqualTo("After");
        assertThat(p.get("description").getStringValue()).isEqualTo("new");
        assertThat(p.get("collaborative").getBooleanValue()).isTrue();
        assertThat(p.get("snapshot_id").getStringValue()).isEqualTo(alice.json(changed).get("snapshot_id").getStringValue());
        assertThat(bob.send("PUT", "/v1/playlists/" + id, "{\"name\":\"Mine now\"}").status()).isEqualTo(403);
        assertThat(alice.send("PUT", "/v1/playlists/" + id, "{}").status()).isEqualTo(400);
    }

    @Test
    void private_playlists_are_invisible_to_others_and_public_ones_are_read_only_to_them() {
        String hidden = alice.create("alice", "{\"name\":\"Secret\",\"public\":false}");
        for (String[] call : new String[][] {{"GET", "/v1/playlists/" + hidden}, {"GET", "/v1/playlists/" + hidden + "/tracks"},
                {"PUT", "/v1/playlists/" + hidden + "/followers"}}) {
            PlaylistClient.Response r = bob.send(call[0], call[1], null);
            assertThat(r.status()).as(call[1]).isEqualTo(404);
            assertThat(r.body()).isEqualTo("{\"error\":{\"status\":404,\"message\":\"Playlist not found\"}}");
        }
        assertThat(bob.send("POST", "/v1/playlists/" + hidden + "/tracks", "{\"uris\":" + uris(trackId(1)) + "}").status()).isEqualTo(404);
        JsonNode alicesForBob = bob.json(bob.send("GET", "/v1/users/alice/playlists?limit=50", null));
        assertThat(alicesForBob.get("items").values()).noneSatisfy(i -> assertThat(i.get("id").getStringValue()).isEqualTo(hidden));

        String open = alice.create("alice", "{\"name\":\"Open\"}");
        assertThat(bob.send("GET", "/v1/playlists/" + open, null).status()).isEqualTo(200);
        PlaylistClient.Response edit = bob.send("POST", "/v1/playlists/" + open + "/tracks", "{\"uris\":" + uris(trackId(1)) + "}");
        assertThat(edit.status()).isEqualTo(403);
        assertThat(bob.send("PUT", "/v1/playlists/" + open + "/followers", null).status()).isEqualTo(200);
        assertThat(bob.send("POST", "/v1/playlists/" + open + "/tracks", "{\"uris\":" + uris(trackId(1)) + "}").status())
                .as("following a non-collaborative playlist does not make a collaborator").isEqualTo(403);
        JsonNode bobs = bob.json(bob.send("GET", "/v1/me/playlists", null));
        assertThat(bobs.get("items").values()).anySatisfy(i -> assertThat(i.get("id").getStringValue()).isEqualTo(open));
        assertThat(bob.send("DELETE", "/v1/playlists/" + open + "/followers", null).status()).isEqualTo(200);
        assertThat(bob.json(bob.send("GET", "/v1/me/playlists?limit=50", null)).get("items").values())
                .noneSatisfy(i -> assertThat(i.get("id").getStringValue()).isEqualTo(open));
    }

    @Test
    void followers_of_a_collaborative_playlist_edit_its_items() {
        String id = alice.create("alice", "{\"name\":\"Party\",\"collaborative\":true}");
        assertThat(bob.send("POST", "/v1/playlists/" + id + "/tracks", "{\"uris\":" + uris(trackId(1)) + "}").status()).isEqualTo(403);
        bob.send("PUT", "/v1/playlists/" + id + "/followers", null);
        assertThat(bob.send("POST", "/v1/playlists/" + id + "/tracks", "{\"uris\":" + uris(trackId(2)) + "}").status()).isEqualTo(201);
        JsonNode item = alice.json(alice.send("GET", "/v1/playlists/" + id + "/tracks", null)).get("items").get(0);
        assertThat(item.get("added_by").get("id").getStringValue()).isEqualTo("bob");
        assertThat(bob.send("PUT", "/v1/playlists/" + id, "{\"name\":\"Bob's\"}").status()).isEqualTo(403);
    }

    @Test
    void lists_page_with_limit_offset_and_next() {
        PlaylistClient carol = new PlaylistClient(app, "carol");
        for (int i = 0; i < 5; i++) {
            carol.create("carol", "{\"name\":\"List " + i + "\"}");
        }
        JsonNode first = carol.json(carol.send("GET", "/v1/me/playlists?limit=2", null));
        assertThat(first.get("total").getLongValue()).isEqualTo(5);
        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(first.get("next").getStringValue()).endsWith("/v1/me/playlists?offset=2&limit=2");
        assertThat(first.get("previous").isNull()).isTrue();
        JsonNode last = carol.json(carol.send("GET", "/v1/me/playlists?limit=2&offset=4", null));
        assertThat(last.get("items").size()).isEqualTo(1);
        assertThat(last.get("next").isNull()).isTrue();
        assertThat(carol.send("GET", "/v1/me/playlists?limit=51", null).status()).isEqualTo(400);
        assertThat(carol.send("GET", "/v1/me/playlists?offset=-1", null).status()).isEqualTo(400);
        assertThat(carol.json(carol.send("GET", "/v1/users/nobody-here/playlists", null)).get("total").getLongValue()).isZero();
    }

    @Test
    void tracks_pages_take_limits_up_to_100() {
        String id = alice.create("alice", "{\"name\":\"Pages\"}");
        alice.send("POST", "/v1/playlists/" + id + "/tracks", "{\"uris\":" + uris(trackId(1), trackId(2), trackId(3)) + "}");
        JsonNode page = alice.json(alice.send("GET", "/v1/playlists/" + id + "/tracks?limit=2&offset=1", null));
        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("total").getLongValue()).isEqualTo(3);
        assertThat(page.get("previous").getStringValue()).endsWith("/tracks?offset=0&limit=2");
        assertThat(alice.send("GET", "/v1/playlists/" + id + "/tracks?limit=101", null).status()).isEqualTo(400);
        assertThat(alice.send("GET", "/v1/playlists/" + id + "/tracks?limit=0", null).status()).isEqualTo(400);
    }

    @Test
    void every_change_publishes_playlist_changed() {
        PlaylistEventsRecorder events = app.context().getBean(PlaylistEventsRecorder.class);
        String id = alice.create("alice", "{\"name\":\"Events\"}");
        int before = (int) events.ids().stream().filter(id::equals).count();
        alice.send("POST", "/v1/playlists/" + id + "/tracks", "{\"uris\":" + uris(trackId(1)) + "}");
        alice.send("PUT", "/v1/playlists/" + id, "{\"name\":\"Events 2\"}");
        bob.send("PUT", "/v1/playlists/" + id + "/followers", null);
        assertThat(events.ids().stream().filter(id::equals).count()).isEqualTo(before + 3);
        alice.send("POST", "/v1/playlists/" + id + "/tracks", "{\"uris\":[\"tonearm:track:nope\"]}");
        assertThat(events.ids().stream().filter(id::equals).count()).as("a refused edit publishes nothing").isEqualTo(before + 3);
    }
}
