package io.tonearm.control.stream;

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
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StreamEndpointIT {

    @TempDir
    static Path temp;
    private static RunningControlPlane app;
    private static JsonMapper json;

    @BeforeAll
    static void start() {
        Path pack = TestPack.write(temp.resolve("pack"), 2);
        var properties = RunningControlPlane.properties(temp.resolve("data"), pack);
        properties.put("tonearm.control.public-url", "https://cdn.example.test/tonearm/");
        properties.put("tonearm.control.stream-ttl", "10m");
        app = RunningControlPlane.start(properties);
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
    void issues_a_signed_expiring_url_with_playback_facts() throws IOException {
        HttpResponse<String> response = app.get("/v1/tracks/track-02/stream?quality=160&device_id=kitchen");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode link = body(response);
        long now = app.clock().instant().getEpochSecond();
        assertThat(link.get("track_id").getStringValue()).isEqualTo("track-02");
        assertThat(link.get("quality").getIntValue()).isEqualTo(160);
        assertThat(link.get("url").getStringValue())
                .startsWith("https://cdn.example.test/tonearm/v1/audio/track-02/160.ogg?exp=" + (now + 600) + "&dev=kitchen&kid=local-")
                .containsPattern("&sig=[A-Za-z0-9_-]{43}$");
        assertThat(link.get("expires_in").getLongValue()).isEqualTo(600);
        assertThat(Instant.parse(link.get("expires_at").getStringValue()).getEpochSecond()).isEqualTo(now + 600);
        assertThat(link.get("loudness_gain_db").getDoubleValue()).isEqualTo(-2.1);
        assertThat(link.get("duration_ms").getLongValue()).isEqualTo(20002);
        assertThat(link.get("bitrate_kbps").getDoubleValue()).isEqualTo(159.5);
        assertThat(link.get("sample_rate").getIntValue()).isEqualTo(44100);
        assertThat(link.get("channels").getIntValue()).isEqualTo(2);
    }

    @Test
    void expiry_rounds_up_to_a_whole_second_so_the_url_lives_the_full_ttl() throws IOException {
        app.clock().advance(java.time.Duration.ofMillis(300));
        JsonNode link = body(app.get("/v1/tracks/track-01/stream?quality=96"));
        long nextSecond = app.clock().instant().getEpochSecond() + 1;
        assertThat(link.get("expires_in").getLongValue()).isEqualTo(600);
        assertThat(link.get("url").getStringValue()).contains("exp=" + (nextSecond + 600) + "&");
        app.clock().advance(java.time.Duration.ofMillis(700));
    }

    @Test
    void a_url_without_a_device_carries_no_dev_parameter() throws IOException {
        JsonNode link = body(app.get("/v1/tracks/track-01/stream?quality=24"));
        assertThat(link.get("url").getStringValue()).doesNotContain("dev=");
        assertThat(link.get("channels").getIntValue()).isEqualTo(1);
    }

    @Test
    void a_missing_or_unknown_quality_is_400() throws IOException {
        for (String query : new String[]{"", "?quality=", "?quality=128", "?quality=abc", "?quality=160.0",
                "?quality=-24", "?quality=0160", "?quality=99999999999999"}) {
            HttpResponse<String> response = app.get("/v1/tracks/track-01/stream" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(body(response).get("error").get("message").getStringValue()).contains("quality");
        }
    }

    @Test
    void an_unknown_track_is_404_and_a_malformed_one_400() {
        assertThat(app.get("/v1/tracks/nope/stream?quality=96").statusCode()).isEqualTo(404);
        assertThat(app.get("/v1/tracks/%27%20OR%201%3D1/stream?quality=96").statusCode()).isEqualTo(400);
    }

    @Test
    void a_malformed_device_id_is_400() {
        for (String device : new String[]{"", "a%20b", "%2F..%2Fetc", "x".repeat(129), "k%C3%BCche"}) {
            assertThat(app.get("/v1/tracks/track-01/stream?quality=96&device_id=" + device).statusCode())
                    .as(device).isEqualTo(400);
        }
    }
}
