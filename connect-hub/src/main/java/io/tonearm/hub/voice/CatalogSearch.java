package io.tonearm.hub.voice;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.HubConfig;
import io.tonearm.protocol.WireCodec;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tracks for a spoken query, from the control plane's {@code GET /v1/search?type=track} (Spotify's
 * shape). The caller's bearer token goes along. Blocking; thread-safe.
 */
@Singleton
public class CatalogSearch {
    private static final int LIMIT = 20;

    /** A track found: its uri and what to say about it. */
    public record Found(String uri, String name, String artist) {
    }

    /** The control plane could not be asked; the answer says so rather than "nothing found". */
    public static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    private final URI base;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public CatalogSearch(HubConfig config, JsonMapper json) {
        this.base = config.controlBase();
        this.json = json;
    }

    public List<Found> tracks(String query, Optional<String> authorization) throws Unavailable {
        String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/v1/search?type=track&limit=" + LIMIT
                + "&q=" + q)).timeout(Duration.ofSeconds(3)).header("Accept", "application/json").GET();
        authorization.ifPresent(a -> request.header("Authorization", a));
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new Unavailable("the catalog answered " + response.statusCode());
            }
            return parse(json.readValue(response.body(), JsonNode.class));
        } catch (IOException e) {
            throw new Unavailable("the catalog cannot be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    static List<Found> parse(JsonNode body) {
        List<Found> found = new ArrayList<>();
        JsonNode items = body == null ? null : body.get("tracks") == null ? null : body.get("tracks").get("items");
        if (items == null || !items.isArray()) {
            return found;
        }
        for (JsonNode item : items.values()) {
            JsonNode uri = item.get("uri");
            JsonNode name = item.get("name");
            if (uri == null || name == null || !WireCodec.TRACK_URI.matcher(uri.coerceStringValue()).matches()) {
                continue;
            }
            JsonNode artists = item.get("artists");
            String artist = artists != null && artists.isArray() && artists.size() > 0 && artists.get(0).get("name") != null
                    ? artists.get(0).get("name").coerceStringValue() : "";
            found.add(new Found(uri.coerceStringValue(), name.coerceStringValue(), artist));
        }
        return found;
    }
}
