package io.tonearm.sim.hubapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The control plane's catalog as an app reads it. */
public final class CatalogApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;

    public CatalogApi(URI base) {
        this.base = base;
    }

    public record Track(String id, String uri, String name, String artist, String album, long durationMs) {
    }

    /** The first page of up to 50 tracks. */
    public List<Track> tracks() throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/v1/tracks?limit=50"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET /v1/tracks answered " + r.statusCode());
        }
        List<Track> out = new ArrayList<>();
        for (JsonNode t : JSON.readTree(r.body()).path("items")) {
            out.add(new Track(t.path("id").asText(), t.path("uri").asText(), t.path("name").asText(),
                    t.path("artists").path(0).path("name").asText(), t.path("album").path("name").asText(),
                    t.path("duration_ms").asLong()));
        }
        return out;
    }
}
