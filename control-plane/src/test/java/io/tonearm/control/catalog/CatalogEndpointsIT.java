package io.tonearm.control.catalog;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.control.RunningControlPlane;
import io.tonearm.control.TestPack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogEndpointsIT {

    @TempDir
    static Path temp;
    private static RunningControlPlane app;
    private static JsonMapper json;

    @BeforeAll
    static void start() {
        Path pack = TestPack.write(temp.resolve("pack"), 3);
        app = RunningControlPlane.start(RunningControlPlane.properties(temp.resolve("data"), pack));
        json = app.context().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readValue(response.body(), JsonNode.class);
    }

    @Test
    void health_reports_up() throws IOException {
        HttpResponse<String> response = app.get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("status").getStringValue()).isEqualTo("UP");
    }

    @Test
    void lists_the_seeded_tracks_with_default_paging() throws IOException {
        HttpResponse<String> response = app.get("/v1/tracks");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = body(response);
        assertThat(page.get("total").getLongValue()).isEqualTo(3);
        assertThat(page.get("limit").getIntValue()).isEqualTo(20);
        assertThat(page.get("offset").getIntValue()).isZero();
        assertThat(page.get("items").size()).isEqualTo(3);
        assertThat(page.get("href").getStringValue()).isEqualTo("http://127.0.0.1:8080/v1/tracks?offset=0&limit=20");
        assertThat(page.get("next").isNull()).isTrue();
        assertThat(page.get("previous").isNull()).isTrue();
    }

    @Test
    void pages_link_to_their_neighbours() throws IOException {
        JsonNode page = body(app.get("/v1/tracks?limit=1&offset=1"));
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").getStringValue()).isEqualTo("track-02");
        assertThat(page.get("next").getStringValue()).isEqualTo("http://127.0.0.1:8080/v1/tracks?offset=2&limit=1");
        assertThat(page.get("previous").getStringValue()).isEqualTo("http://127.0.0.1:8080/v1/tracks?offset=0&limit=1");
    }

    @Test
    void an_offset_past_the_end_gives_an_empty_page() throws IOException {
        JsonNode page = body(app.get("/v1/tracks?offset=500"));
        assertThat(page.get("items").size()).isZero();
        assertThat(page.get("total").getLongValue()).isEqualTo(3);
    }

    @Test
    void returns_a_track_in_the_contract_shape() throws IOException {
        HttpResponse<String> response = app.get("/v1/tracks/track-01");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode track = body(response);
        assertThat(track.get("id").getStringValue()).isEqualTo("track-01");
        assertThat(track.get("uri").getStringValue()).isEqualTo("tonearm:track:track-01");
        assertThat(track.get("type").getStringValue()).isEqualTo("track");
        assertThat(track.get("name").getStringValue()).isEqualTo("Song 1");
        assertThat(track.get("duration_ms").getLongValue()).isEqualTo(20001);
        assertThat(track.get("track_number").getIntValue()).isEqualTo(1);
        assertThat(track.get("artists").get(0).get("uri").getStringValue()).isEqualTo("tonearm:artist:velvet-orchard");
        assertThat(track.get("artists").get(0).get("name").getStringValue()).isEqualTo("Velvet Orchard");
        assertThat(track.get("album").get("release_date").getStringValue()).isEqualTo("2026");
        assertThat(track.get("album").get("name").getStringValue()).isEqualTo("First Light");
        assertThat(track.get("available_qualities").size()).isEqualTo(4);
        assertThat(track.get("available_qualities").get(3).getIntValue()).isEqualTo(320);
        assertThat(track.get("loudness_gain_db").getDoubleValue()).isEqualTo(-2.1);
    }

    @Test
    void an_unknown_track_is_404_with_the_error_body() throws IOException {
        HttpResponse<String> response = app.get("/v1/tracks/no-such-track");
        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = body(response).get("error");
        assertThat(error.get("status").getIntValue()).isEqualTo(404);
        assertThat(error.get("message").getStringValue()).isEqualTo("Track not found");
    }

    @Test
    void malformed_track_ids_are_400_and_never_echoed() throws IOException {
        String[] ids = {"x'%20OR%20'1'%3D'1", "%27%3B%20DROP%20TABLE%20tracks%3B--", "a".repeat(65),
                "a".repeat(1000), "caf%C3%A9", "%F0%9F%8E%B5", "a.b", "%2E%2E"};
        for (String id : ids) {
            HttpResponse<String> response = app.get("/v1/tracks/" + id);
            assertThat(response.statusCode()).as(id).isEqualTo(400);
            assertThat(body(response).get("error").get("message").getStringValue()).isEqualTo("Invalid track id");
            assertThat(response.body()).doesNotContain("DROP").doesNotContain("Exception");
        }
        assertThat(app.get("/v1/tracks").statusCode()).isEqualTo(200);
    }

    @Test
    void invalid_paging_is_400() throws IOException {
        String[] queries = {"limit=0", "limit=51", "limit=-1", "limit=abc", "limit=", "offset=-1", "offset=1.5",
                "offset=99999999999999999999", "limit=1e3"};
        for (String query : queries) {
            HttpResponse<String> response = app.get("/v1/tracks?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(body(response).get("error").get("status").getIntValue()).isEqualTo(400);
        }
    }

    @Test
    void unknown_routes_and_methods_get_the_error_body_without_internals() throws IOException {
        HttpResponse<String> missing = app.get("/v1/nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(body(missing).get("error").get("message").getStringValue()).isEqualTo("Not found");
        HttpResponse<String> wrongMethod = app.send("DELETE", "/v1/tracks/track-01");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(body(wrongMethod).get("error").get("status").getIntValue()).isEqualTo(405);
    }
}
