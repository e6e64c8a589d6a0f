package io.tonearm.control.playlist;

import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestPack;
import io.tonearm.control.playlist.PlaylistClient.Response;
import io.tonearm.control.search.SearchIndexFactory;
import io.tonearm.control.search.SearchIndexMaintainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /v1/search?type=playlist}: public playlists by name and description, never private
 * ones; the index follows creation, renaming, describing, visibility changes and the owner's
 * unfollow, and a rebuild from the database finds the same playlists.
 */
class PlaylistSearchIT {

    @TempDir
    Path temp;
    private Map<String, Object> settings;
    private RunningControlPlane app;
    private PlaylistClient alice;
    private PlaylistClient bob;

    @BeforeEach
    void start() throws Exception {
        settings = RunningControlPlane.properties(temp.resolve("data"), TestPack.write(temp.resolve("pack"), 3));
        startApp();
    }

    private void startApp() {
        app = RunningControlPlane.start(settings);
        alice = new PlaylistClient(app, "alice");
        bob = new PlaylistClient(app, "bob");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void finds_public_playlists_by_name_and_description_with_the_simplified_playlist_object() throws Exception {
        String road = alice.create("alice", "{\"name\":\"Róad Trip Anthems\",\"description\":\"songs for the motorway\",\"public\":true}");
        alice.create("alice", "{\"name\":\"Rainy Sunday\",\"description\":\"slow and quiet\",\"public\":true}");
        assertThat(ids("road trip")).containsExactly(road);
        assertThat(ids("motorway")).containsExactly(road);
        assertThat(ids("rood")).containsExactly(road); // a typo, diacritics folded
        assertThat(ids("anth")).containsExactly(road); // as typed so far
        JsonNode page = search("anthems").get("playlists");
        assertThat(page.get("total").getLongValue()).isEqualTo(1);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("name").getStringValue()).isEqualTo("Róad Trip Anthems");
        assertThat(item.get("description").getStringValue()).isEqualTo("songs for the motorway");
        assertThat(item.get("owner").get("id").getStringValue()).isEqualTo("alice");
        assertThat(item.get("public").getBooleanValue()).isTrue();
        assertThat(item.get("uri").getStringValue()).isEqualTo("tonearm:playlist:" + road);
        // Only the requested types appear; tracks do not match playlist words.
        assertThat(search("anthems").get("tracks")).isNull();
    }

    @Test
    void private_playlists_are_never_found_not_even_by_their_owner() throws Exception {
        String secret = alice.create("alice", "{\"name\":\"Secret Mixtape\",\"description\":\"zanzibar\",\"public\":false}");
        assertThat(ids("secret mixtape")).isEmpty();
        assertThat(ids("zanzibar")).isEmpty();
        // Search needs no token; with one it is still only public playlists.
        assertThat(alice.json(alice.send("GET", "/v1/search?type=playlist&q=zanzibar", null))
                .get("playlists").get("total").getLongValue()).isZero();
        // Made public: found; private again: gone.
        alice.send("PUT", "/v1/playlists/" + secret, "{\"public\":true}");
        assertThat(ids("zanzibar")).containsExactly(secret);
        alice.send("PUT", "/v1/playlists/" + secret, "{\"public\":false}");
        assertThat(ids("zanzibar")).isEmpty();
        assertThat(ids("secret")).isEmpty();
    }

    @Test
    void renaming_and_describing_replace_the_old_words() throws Exception {
        String id = alice.create("alice", "{\"name\":\"Morning Coffee\",\"public\":true}");
        assertThat(ids("coffee")).containsExactly(id);
        Response renamed = alice.send("PUT", "/v1/playlists/" + id, "{\"name\":\"Evening Tea\",\"description\":\"chamomile\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(ids("coffee")).isEmpty();
        assertThat(ids("evening tea")).containsExactly(id);
        assertThat(ids("chamomile")).containsExactly(id);
        alice.send("PUT", "/v1/playlists/" + id, "{\"description\":\"rooibos\"}");
        assertThat(ids("chamomile")).isEmpty();
        assertThat(ids("rooibos")).containsExactly(id);
    }

    @Test
    void the_owners_unfollow_removes_it_and_other_followers_rank_it_higher() throws Exception {
        String quiet = alice.create("alice", "{\"name\":\"Lighthouse Keeper\",\"public\":true}");
        String loved = alice.create("alice", "{\"name\":\"Lighthouse Songs\",\"public\":true}");
        for (String user : List.of("bob", "carol", "dave", "erin")) {
            assertThat(new PlaylistClient(app, user).send("PUT", "/v1/playlists/" + loved + "/followers", null).status())
                    .isEqualTo(200);
        }
        assertThat(ids("lighthouse")).containsExactly(loved, quiet);
        // A follower leaving changes nothing; the owner leaving (Spotify's delete) removes it.
        bob.send("DELETE", "/v1/playlists/" + quiet + "/followers", null);
        assertThat(ids("lighthouse")).containsExactlyInAnyOrder(loved, quiet);
        alice.send("DELETE", "/v1/playlists/" + quiet + "/followers", null);
        assertThat(ids("lighthouse")).containsExactly(loved);
    }

    @Test
    void a_rebuilt_index_holds_the_same_public_playlists() throws Exception {
        String open = alice.create("alice", "{\"name\":\"Harbour Lights\",\"description\":\"ferries\",\"public\":true}");
        alice.create("alice", "{\"name\":\"Harbour Secrets\",\"public\":false}");
        app.close();
        Path index = SearchIndexFactory.indexDir(temp.resolve("data"));
        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        startApp();
        assertThat(ids("harbour")).containsExactly(open);
        assertThat(ids("ferries")).containsExactly(open);
    }

    @Test
    void hostile_queries_are_just_text() throws Exception {
        String id = alice.create("alice", "{\"name\":\"Robert'); DROP TABLE playlists;--\",\"description\":\"name:* OR 1=1\",\"public\":true}");
        assertThat(ids("drop table")).containsExactly(id);
        assertThat(ids("*")).isEmpty();
        assertThat(ids("\" OR 1=1 --")).containsExactly(id);
        assertThat(app.get("/v1/search?type=playlist,bogus&q=x").statusCode()).isEqualTo(400);
    }

    private JsonNode search(String q) throws Exception {
        assertThat(app.context().getBean(SearchIndexMaintainer.class).awaitIdle(Duration.ofSeconds(30))).isTrue();
        Response r = bob.send("GET", "/v1/search?type=playlist&limit=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return bob.json(r);
    }

    private List<String> ids(String q) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : search(q).get("playlists").get("items").values()) {
            ids.add(item.get("id").getStringValue());
        }
        return ids;
    }
}
