package io.tonearm.control.audio;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may fetch audio: signatures, expiry and path validation. */
class AudioAccessIT {

    @TempDir
    static Path temp;
    private static RunningControlPlane app;
    private static JsonMapper json;

    @BeforeAll
    static void start() throws IOException {
        Path pack = TestPack.write(temp.resolve("pack"), 2);
        Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET");
        app = RunningControlPlane.start(RunningControlPlane.properties(temp.resolve("data"), pack));
        json = app.context().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String url(String query) {
        return AudioEndpointIT.signedPath(app, json, query);
    }

    private static void assertForbidden(String pathAndQuery, String message) throws IOException {
        assertRefused(pathAndQuery, 403, message);
    }

    private static void assertRefused(String pathAndQuery, int status, String message) throws IOException {
        HttpResponse<String> response = app.get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(status);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode error = json.readValue(response.body(), JsonNode.class).get("error");
        assertThat(error.get("status").getIntValue()).isEqualTo(status);
        assertThat(error.get("message").getStringValue()).isEqualTo(message);
    }

    @Test
    void a_missing_signature_is_403() throws IOException {
        assertForbidden("/v1/audio/track-01/96.ogg", "Stream URL signature is missing");
        String signed = url("quality=96");
        assertForbidden(signed.replaceAll("&sig=[^&]*", ""), "Stream URL signature is missing");
    }

    @Test
    void a_forged_signature_is_403() throws IOException {
        String signed = url("quality=96");
        assertForbidden(signed.replaceAll("sig=[^&]*", "sig=" + "A".repeat(43)), "Stream URL signature is invalid");
        assertForbidden(signed.replaceAll("sig=[^&]*", "sig=not-even-base64!"), "Stream URL signature is invalid");
    }

    @Test
    void an_altered_expiry_track_or_quality_is_403() throws IOException {
        String signed = url("quality=96");
        String later = signed.replaceAll("exp=([0-9]+)", "exp=9$1");
        assertForbidden(later, "Stream URL signature is invalid");
        assertForbidden(signed.replace("/96.ogg", "/320.ogg"), "Stream URL signature is invalid");
        assertForbidden(signed.replace("/track-01/", "/track-02/"), "Stream URL signature is invalid");
    }

    @Test
    void a_url_bound_to_one_device_does_not_work_for_another() throws IOException {
        String signed = url("quality=96&device_id=kitchen");
        assertThat(app.get(signed).statusCode()).isEqualTo(200);
        assertForbidden(signed.replace("dev=kitchen", "dev=garage"), "Stream URL signature is invalid");
        assertForbidden(signed.replace("dev=kitchen&", ""), "Stream URL signature is invalid");
        assertForbidden(url("quality=96").replace("exp=", "dev=kitchen&exp="), "Stream URL signature is invalid");
    }

    @Test
    void an_unknown_key_id_is_403() throws IOException {
        assertForbidden(url("quality=96").replaceAll("kid=[^&]*", "kid=retired"), "Stream URL is signed with an unknown key");
    }

    @Test
    void malformed_signature_parameters_are_403() throws IOException {
        assertForbidden(url("quality=96").replaceAll("exp=[0-9]+", "exp=soon"), "Stream URL signature parameters are malformed");
    }

    @Test
    void an_expired_url_is_410_gone_but_a_forged_expired_one_stays_403() throws IOException {
        String signed = url("quality=160");
        assertThat(app.get(signed).statusCode()).isEqualTo(200);
        app.clock().advance(Duration.ofMinutes(15));
        assertRefused(signed, 410, "Stream URL has expired");
        assertForbidden(signed.replaceAll("sig=[^&]*", "sig=" + "A".repeat(43)), "Stream URL signature is invalid");
        assertThat(app.head(signed).statusCode()).isEqualTo(410);
        assertThat(app.get(url("quality=160")).statusCode()).isEqualTo(200);
    }

    @Test
    void traversal_attempts_never_reach_a_file() {
        String query = url("quality=96").replaceAll("^[^?]*", "");
        String[] paths = {"/v1/audio/../../secret.txt/96.ogg", "/v1/audio/..%2F..%2Fsecret.txt/96.ogg",
                "/v1/audio/%2E%2E/96.ogg", "/v1/audio/track-01/..%2F..%2F..%2Fsecret.txt",
                "/v1/audio/%2Fetc%2Fpasswd/96.ogg", "/v1/audio/track-01/%2Fetc%2Fpasswd",
                "/v1/audio/track-01/96.ogg%00.txt", "/v1/audio/track-01%2F96.ogg/96.ogg",
                "/v1/audio/track-01/96.mp3", "/v1/audio/track-01/128.ogg", "/v1/audio/" + "a".repeat(300) + "/96.ogg"};
        for (String path : paths) {
            HttpResponse<String> response = app.get(path + query);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("TOP-SECRET").doesNotContain("root:");
        }
    }
}
