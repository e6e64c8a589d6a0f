package io.tonearm.hub.player;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.hub.HubConfig;
import io.tonearm.hub.NamedThreads;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Track objects from the control plane's {@code GET /v1/tracks/{id}}, cached. When the control plane
 * is unreachable the catalog says so at once for a while instead of waiting on every request.
 * Blocking; thread-safe.
 */
@Singleton
public class TrackCatalog {

    private static final Logger log = LoggerFactory.getLogger(TrackCatalog.class);
    private static final Duration TTL = Duration.ofMinutes(10);
    private static final Duration BACK_OFF = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 1000;

    private record Entry(JsonNode track, Instant fetchedAt) {
    }

    private final URI base;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, new NamedThreads("hub-catalog"));
    private final HttpClient http;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private volatile Instant unreachableUntil = Instant.MIN;

    public TrackCatalog(HubConfig config, JsonMapper json, Clock clock) {
        this.base = config.controlBase();
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).executor(executor).build();
    }

    /** The track object, or empty when the control plane does not know it or cannot be reached. */
    public Optional<JsonNode> track(String id) {
        Instant now = clock.instant();
        Entry cached = cache.get(id);
        if (cached != null && cached.fetchedAt().plus(TTL).isAfter(now)) {
            return Optional.of(cached.track());
        }
        if (now.isBefore(unreachableUntil)) {
            return Optional.empty();
        }
        Optional<JsonNode> fetched = fetch(id);
        fetched.ifPresent(track -> {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cache.put(id, new Entry(track, now));
        });
        return fetched;
    }

    private Optional<JsonNode> fetch(String id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v1/tracks/" + id))
                .timeout(Duration.ofSeconds(2)).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                log.debug("Control plane answered {} for track {}", response.statusCode(), id);
                return Optional.empty();
            }
            JsonNode track = json.readValue(response.body(), JsonNode.class);
            if (track == null || !track.isObject() || track.get("id") == null
                    || !id.equals(track.get("id").coerceStringValue())) {
                log.warn("Control plane sent an unexpected body for track {}", id);
                return Optional.empty();
            }
            return Optional.of(track);
        } catch (IOException e) {
            unreachableUntil = clock.instant().plus(BACK_OFF);
            log.warn("Control plane at {} unreachable ({}); track details fall back to the device's report", base,
                    e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
