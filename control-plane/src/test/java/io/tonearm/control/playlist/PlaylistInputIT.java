package io.tonearm.control.playlist;

import static io.tonearm.control.TestPack.trackId;
import static io.tonearm.control.playlist.PlaylistClient.uris;
import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.auth.AccessTokens;
import io.tonearm.auth.TokenKeyFile;
import io.tonearm.auth.UserId;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestPack;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and malformed input to the playlist endpoints, and tokens that must not work. */
class PlaylistInputIT {

    @TempDir
    static Path temp;
    static RunningControlPlane app;
    static PlaylistClient alice;
    static String id;

    @BeforeAll
    static void start() {
        app = RunningControlPlane.start(RunningControlPlane.properties(temp.resolve("data"), TestPack.write(temp.resolve("pack"), 3)));
        alice = new PlaylistClient(app, "alice");
        id = alice.create("alice", "{\"name\":\"Target\"}");
        alice.send("POST", "/v1/playlists/" + id + "/tracks", "{\"uris\":" + uris(trackId(1), trackId(2)) + "}");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void assertError(PlaylistClient.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).startsWith("{\"error\":{\"status\":" + status + ",\"message\":\"");
    }

    @Test
    void missing_invalid_and_expired_tokens_are_401_with_spotifys_body() {
        PlaylistClient.Response none = alice.sendWithToken("GET", "/v1/me/playlists", null, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.body()).isEqualTo("{\"error\":{\"status\":401,\"message\":\"No token provided\"}}");
        assertThat(alice.sendWithToken("GET", "/v1/playlists/" + id, null, "garbage").body())
                .isEqualTo("{\"error\":{\"status\":401,\"message\":\"Invalid access token\"}}");
        String foreign = new AccessTokens(new TokenKeyFile(temp.resolve("elsewhere"), Clock.systemUTC()).loadOrCreate(), Clock.systemUTC())
                .issue(new UserId("alice"), Duration.ofHours(1));
        assertThat(alice.sendWithToken("GET", "/v1/playlists/" + id, null, foreign).status()).isEqualTo(401);
        String shortLived = app.context().getBean(AccessTokens.class).issue(new UserId("alice"), Duration.ofMinutes(1));
        assertThat(alice.sendWithToken("GET", "/v1/playlists/" + id, null, shortLived).status()).isEqualTo(200);
        app.clock().advance(Duration.ofMinutes(1));
        assertThat(alice.sendWithToken("GET", "/v1/playlists/" + id, null, shortLived).body())
                .isEqualTo("{\"error\":{\"status\":401,\"message\":\"The access token expired\"}}");
        assertThat(alice.sendWithToken("GET", "/v1/tracks/" + trackId(1), null, null).status())
                .as("the catalog stays open to devices").isEqualTo(200);
    }

    @Test
    void malformed_json_and_wrong_types_are_400() {
        for (String body : new String[] {"{", "{\"uris\":", "not json", "[1,2]", "{\"uris\":\"tonearm:track:" + trackId(1) + "\"}",
                "{\"uris\":[1,2]}", "{\"position\":\"first\",\"uris\":[]}"}) {
            assertError(alice.send("POST", "/v1/playlists/" + id + "/tracks", body), 400);
        }
        assertError(alice.send("POST", "/v1/users/alice/playlists", "{\"name\":"), 400);
        assertError(alice.send("PUT", "/v1/playlists/" + id + "/tracks", "{\"range_start\":\"0\",\"insert_before\":[]}"), 400);
        assertThat(alice.trackIds(id)).containsExactly(trackId(1), trackId(2));
    }

    @Test
    void unknown_or_malformed_ids_are_404_and_bad_uris_are_400() {
        for (String bad : new String[] {"0000000000000000000000", "short", "..%2F..%2Fetc", "x'%20OR%20'1'='1", "%C3%A9".repeat(22)}) {
            assertError(alice.send("GET", "/v1/playlists/" + bad, null), 404);
            assertError(alice.send("POST", "/v1/playlists/" + bad + "/tracks", "{\"uris\":" + uris(trackId(1)) + "}"), 404);
        }
        for (String uri : new String[] {"tonearm:track:no-such-track", "spotify:track:abc", "tonearm:album:" + trackId(1),
                "tonearm:track:", "tonearm:track:a/b", "tonearm:track:' OR 1=1--", "tonearm:track:" + "x".repeat(65)}) {
            assertError(alice.send("POST", "/v1/playlists/" + id + "/tracks", "{\"uris\":[\"" + uri + "\"]}"), 400);
        }
        assertError(alice.send("POST", "/v1/playlists/" + id + "/tracks", "{\"uris\":[null]}"), 400);
        assertError(alice.send("POST", "/v1/users/" + "bad%20user" + "/playlists", "{\"name\":\"x\"}"), 400);
        assertError(alice.send("POST", "/v1/users/bob/playlists", "{\"name\":\"x\"}"), 403);
        assertThat(alice.trackIds(id)).containsExactly(trackId(1), trackId(2));
    }

    @Test
    void out_of_range_positions_are_400_and_change_nothing() {
        String[] bodies = {"{\"range_start\":2,\"insert_before\":0}", "{\"range_start\":-1,\"insert_before\":0}",
                "{\"range_start\":0,\"insert_before\":3}", "{\"range_start\":0,\"insert_before\":1,\"range_length\":3}",
                "{\"range_start\":0,\"insert_before\":1,\"range_length\":0}", "{\"range_start\":0}",
                "{\"range_start\":0,\"insert_before\":1,\"uris\":[]}", "{\"range_start\":99999999999,\"insert_before\":0}"};
        String before = alice.snapshot(id);
        for (String body : bodies) {
            assertError(alice.send("PUT", "/v1/playlists/" + id + "/tracks", body), 400);
        }
        assertError(alice.send("POST", "/v1/playlists/" + id + "/tracks", "{\"uris\":" + uris(trackId(3)) + ",\"position\":3}"), 400);
        assertError(alice.send("POST", "/v1/playlists/" + id + "/tracks?uris=tonearm:track:" + trackId(3) + "&position=-1", null), 400);
        assertError(alice.send("DELETE", "/v1/playlists/" + id + "/tracks",
                "{\"tracks\":[{\"uri\":\"tonearm:track:" + trackId(1) + "\",\"positions\":[1]}]}"), 400);
        assertError(alice.send("DELETE", "/v1/playlists/" + id + "/tracks", "{\"tracks\":[]}"), 400);
        assertError(alice.send("DELETE", "/v1/playlists/" + id + "/tracks", "{}"), 400);
        assertThat(alice.trackIds(id)).containsExactly(trackId(1), trackId(2));
        assertThat(alice.snapshot(id)).isEqualTo(before);
    }

    @Test
    void unicode_long_and_sql_looking_names_are_stored_verbatim_or_refused() {
        String unicode = "夜の歌 🎸 Ünïcödé \\\" quote";
        String created = alice.create("alice", "{\"name\":\"" + unicode + "\",\"description\":\"Robert'); DROP TABLE playlists;--\"}");
        assertThat(alice.json(alice.send("GET", "/v1/playlists/" + created, null)).get("name").getStringValue())
                .isEqualTo("夜の歌 🎸 Ünïcödé \" quote");
        assertThat(alice.json(alice.send("GET", "/v1/playlists/" + created, null)).get("description").getStringValue())
                .isEqualTo("Robert'); DROP TABLE playlists;--");
        assertError(alice.send("POST", "/v1/users/alice/playlists", "{\"name\":\"" + "n".repeat(101) + "\"}"), 400);
        assertError(alice.send("POST", "/v1/users/alice/playlists", "{\"name\":\"" + "x".repeat(100_000) + "\"}"), 400);
        assertError(alice.send("POST", "/v1/users/alice/playlists", "{\"name\":\"   \"}"), 400);
        assertError(alice.send("POST", "/v1/users/alice/playlists", "{\"name\":\"a\\u0000b\"}"), 400);
        assertError(alice.send("POST", "/v1/users/alice/playlists", "{}"), 400);
        assertThat(alice.send("GET", "/v1/playlists/" + id, null).status()).isEqualTo(200);
    }

    @Test
    void a_malformed_snapshot_id_is_400_and_an_unknown_one_409() {
        assertError(alice.send("PUT", "/v1/playlists/" + id + "/tracks",
                "{\"range_start\":0,\"insert_before\":1,\"snapshot_id\":\"" + "s".repeat(65) + "\"}"), 400);
        assertError(alice.send("PUT", "/v1/playlists/" + id + "/tracks",
                "{\"range_start\":0,\"insert_before\":1,\"snapshot_id\":\"' OR 1=1 --\"}"), 409);
    }
}
