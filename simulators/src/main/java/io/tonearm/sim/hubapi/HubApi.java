package io.tonearm.sim.hubapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hub's player API as a phone app uses it: Spotify-Web-API-shaped calls with a bearer token.
 * Thread-safe.
 */
public final class HubApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private final String token;

    public HubApi(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** One device as {@code GET /v1/me/player/devices} lists it. */
    public record Device(String id, String name, String type, boolean active, Optional<Integer> volumePercent) {
    }

    /** A call's status and body (empty for 204). */
    public record Reply(int status, String body) {
        public boolean ok() {
            return status / 100 == 2;
        }

        @Override
        public String toString() {
            return status + (body.isEmpty() ? "" : " " + body);
        }
    }

    public List<Device> devices() throws IOException, InterruptedException {
        Reply r = send("GET", "/v1/me/player/devices", null);
        if (!r.ok()) {
            throw new IOException("GET /v1/me/player/devices answered " + r);
        }
        List<Device> out = new ArrayList<>();
        for (JsonNode d : JSON.readTree(r.body()).path("devices")) {
            JsonNode v = d.path("volume_percent");
            out.add(new Device(d.path("id").asText(), d.path("name").asText(), d.path("type").asText(),
                    d.path("is_active").asBoolean(), v.isNumber() ? Optional.of(v.asInt()) : Optional.empty()));
        }
        return out;
    }

    public Reply play(String deviceId, List<String> uris, long positionMs) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("uris").addAll(uris.stream().map(JSON.getNodeFactory()::textNode).toList());
        body.put("position_ms", positionMs);
        return send("PUT", "/v1/me/player/play?device_id=" + deviceId, body.toString());
    }

    /** {@code PUT /v1/me/player}: transfer playback to one device. */
    public Reply transfer(String deviceId, boolean play) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("device_ids").add(deviceId);
        body.put("play", play);
        return send("PUT", "/v1/me/player", body.toString());
    }

    /** {@code PUT /v1/me/player/play} without a body: resume. */
    public Reply resume() throws IOException, InterruptedException {
        return send("PUT", "/v1/me/player/play", null);
    }

    public Reply pause() throws IOException, InterruptedException {
        return send("PUT", "/v1/me/player/pause", null);
    }

    /** {@code GET /v1/me/player}: empty when nothing is active (204). */
    public Optional<JsonNode> player() throws IOException, InterruptedException {
        Reply r = send("GET", "/v1/me/player", null);
        if (r.status() == 204) {
            return Optional.empty();
        }
        if (!r.ok()) {
            throw new IOException("GET /v1/me/player answered " + r);
        }
        return Optional.of(JSON.readTree(r.body()));
    }

    public Reply send(String method, String path, String jsonBody) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token);
        if (jsonBody != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body() == null ? "" : r.body());
    }
}
