package io.tonearm.control.playlist;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.tonearm.auth.AccessTokens;
import io.tonearm.auth.UserId;
import io.tonearm.control.RunningControlPlane;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** HTTP calls to a running control plane as one user, with a token signed by the service's own keys. */
final class PlaylistClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final RunningControlPlane app;
    private final String token;
    private final JsonMapper json;

    PlaylistClient(RunningControlPlane app, String user) {
        this.app = app;
        this.token = app.context().getBean(AccessTokens.class).issue(new UserId(user), Duration.ofHours(1));
        this.json = app.context().getBean(JsonMapper.class);
    }

    /** A response: status and body text. */
    record Response(int status, String body) {
    }

    Response send(String method, String path, String body) {
        return sendWithToken(method, path, body, token);
    }

    Response sendWithToken(String method, String path, String body, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(Response r) {
        try {
            return json.readValue(r.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String token() {
        return token;
    }

    /** Creates a playlist for {@code user} and returns its id. */
    String create(String user, String body) {
        Response r = send("POST", "/v1/users/" + user + "/playlists", body);
        if (r.status() != 201) {
            throw new AssertionError("create failed: " + r);
        }
        return json(r).get("id").getStringValue();
    }

    String snapshot(String playlistId) {
        return json(send("GET", "/v1/playlists/" + playlistId, null)).get("snapshot_id").getStringValue();
    }

    /** The track ids of the playlist, in order (reads up to 100 at a time). */
    List<String> trackIds(String playlistId) {
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            JsonNode page = json(send("GET", "/v1/playlists/" + playlistId + "/tracks?limit=100&offset=" + offset, null));
            for (JsonNode item : page.get("items").values()) {
                ids.add(item.get("track").get("id").getStringValue());
            }
            if (page.get("next").isNull()) {
                return ids;
            }
        }
    }

    static String uris(String... trackIds) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < trackIds.length; i++) {
            s.append(i == 0 ? "" : ",").append("\"tonearm:track:").append(trackIds[i]).append('"');
        }
        return s.append(']').toString();
    }
}
