package io.tonearm.hub.player;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.HubConfig;
import io.tonearm.hub.NamedThreads;
import io.tonearm.hub.session.PlaybackContext;
import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.WireLimits;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracks of an album or a playlist, from the control plane's Spotify-shaped paging endpoints
 * ({@code GET /v1/albums/{id}/tracks}, {@code GET /v1/playlists/{id}/tracks}): items are track objects
 * (albums) or {@code {"track": {...}}} (playlists); pages are read with {@code limit} and {@code offset}
 * (never by following a {@code next} URL the server sent) until a short page, {@code total}, or
 * {@link WireLimits#MAX_QUEUE} tracks. Items that are not {@code tonearm:track:ID} uris are skipped
 * (as Spotify skips local files). Blocking; thread-safe.
 */
@Singleton
public class ContextResolver {

    private static final Logger log = LoggerFactory.getLogger(ContextResolver.class);
    static final int PAGE = 50;
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private final URI base;
    private final JsonMapper json;
    private final ExecutorService executor = Executors.newFixedThreadPool(1, new NamedThreads("hub-context"));
    private final HttpClient http;

    public ContextResolver(HubConfig config, JsonMapper json) {
        this.base = config.controlBase();
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).executor(executor).build();
    }

    /**
     * @throws PlayerException 404 when the control plane does not know the context, 502 when it cannot be
     *                         reached or answers nonsense, 403 when the context has no playable track
     */
    public List<String> tracks(PlaybackContext context) {
        List<String> tracks = new ArrayList<>();
        for (int offset = 0; tracks.size() < WireLimits.MAX_QUEUE; offset += PAGE) {
            JsonNode page = page(context, offset);
            JsonNode items = page.get("items");
            if (items == null || !items.isArray()) {
                throw unusable(context, "no items array");
            }
            for (int i = 0; i < items.size() && tracks.size() < WireLimits.MAX_QUEUE; i++) {
                JsonNode item = items.get(i);
                JsonNode track = item != null && item.isObject() && item.get("track") != null ? item.get("track") : item;
                JsonNode uri = track != null && track.isObject() ? track.get("uri") : null;
                if (uri != null && uri.isString() && WireCodec.TRACK_URI.matcher(uri.getStringValue()).matches()) {
                    tracks.add(uri.getStringValue());
                }
            }
            JsonNode total = page.get("total");
            boolean last = items.size() < PAGE
                    || (total != null && total.isNumber() && offset + items.size() >= total.getLongValue());
            if (last) {
                break;
            }
        }
        if (tracks.isEmpty()) {
            throw PlayerException.contextEmpty();
        }
        return List.copyOf(tracks);
    }

    private JsonNode page(PlaybackContext context, int offset) {
        String kind = context.type() == PlaybackContext.Type.ALBUM ? "albums" : "playlists";
        URI uri = URI.create(base + "/v1/" + kind + "/" + context.id() + "/tracks?limit=" + PAGE + "&offset=" + offset);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3))
                .header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            log.warn("Control plane at {} unreachable for {}: {}", base, context.uri(), e.toString());
            throw PlayerException.catalogUnavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlayerException.catalogUnavailable();
        }
        if (response.statusCode() == 404) {
            throw PlayerException.contextNotFound();
        }
        if (response.statusCode() != 200) {
            throw unusable(context, "status " + response.statusCode());
        }
        if (response.body().length > MAX_BODY) {
            throw unusable(context, "a page over " + MAX_BODY + " bytes");
        }
        try {
            JsonNode page = json.readValue(response.body(), JsonNode.class);
            if (page == null || !page.isObject()) {
                throw unusable(context, "not a JSON object");
            }
            return page;
        } catch (IOException e) {
            throw unusable(context, "malformed JSON");
        }
    }

    private static PlayerException unusable(PlaybackContext context, String what) {
        log.warn("Control plane answered {} for {}", what, context.uri());
        return PlayerException.catalogUnavailable();
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
