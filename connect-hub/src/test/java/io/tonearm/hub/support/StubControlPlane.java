package io.tonearm.hub.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The control plane's track, album-tracks and playlist-tracks endpoints, serving fixed JSON on a free loopback port. */
public final class StubControlPlane implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> tracks = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, java.util.List<String>> contexts = new ConcurrentHashMap<>();
    private final Map<String, String> rawContexts = new ConcurrentHashMap<>();

    public StubControlPlane() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/tracks/", exchange -> {
            requests.incrementAndGet();
            String id = exchange.getRequestURI().getPath().substring("/v1/tracks/".length());
            String body = tracks.get(id);
            byte[] bytes = (body != null ? body : "{\"error\":{\"status\":404,\"message\":\"Track not found\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body != null ? 200 : 404, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/v1/albums/", exchange -> serveContext(exchange, "albums"));
        server.createContext("/v1/playlists/", exchange -> serveContext(exchange, "playlists"));
        server.start();
    }

    /**
     * {@code GET /v1/albums/{id}/tracks} and {@code GET /v1/playlists/{id}/tracks}, Spotify's paging
     * objects (playlist items wrap the track in {@code {"track": …}}), honouring limit and offset.
     */
    private void serveContext(com.sun.net.httpserver.HttpExchange exchange, String kind) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        String id = path.substring(("/v1/" + kind + "/").length()).replaceFirst("/tracks$", "");
        String raw = rawContexts.get(kind + "/" + id);
        java.util.List<String> ids = contexts.get(kind + "/" + id);
        int status = 200;
        String body;
        if (raw != null) {
            body = raw;
        } else if (ids == null || !path.endsWith("/tracks")) {
            status = 404;
            body = "{\"error\":{\"status\":404,\"message\":\"Not found\"}}";
        } else {
            Map<String, String> query = new java.util.HashMap<>();
            String q = exchange.getRequestURI().getQuery();
            for (String pair : q == null ? new String[0] : q.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
            int limit = Integer.parseInt(query.getOrDefault("limit", "20"));
            int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
            StringBuilder items = new StringBuilder();
            for (int i = offset; i < Math.min(ids.size(), offset + limit); i++) {
                String track = "{\"id\":\"" + ids.get(i) + "\",\"uri\":\"tonearm:track:" + ids.get(i) + "\"}";
                items.append(items.length() == 0 ? "" : ",").append(kind.equals("playlists")
                        ? "{\"added_at\":null,\"track\":" + track + "}" : track);
            }
            body = "{\"items\":[" + items + "],\"limit\":" + limit + ",\"offset\":" + offset + ",\"total\":"
                    + ids.size() + ",\"next\":null}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** An album ({@code kind} "albums") or playlist ("playlists") with these track ids. */
    public void context(String kind, String id, java.util.List<String> trackIds) {
        contexts.put(kind + "/" + id, java.util.List.copyOf(trackIds));
    }

    /** Answers 200 with {@code body} verbatim for this album or playlist's tracks: for hostile bodies. */
    public void rawContext(String kind, String id, String body) {
        rawContexts.put(kind + "/" + id, body);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void track(String id, String name, long durationMs) {
        tracks.put(id, "{\"id\":\"" + id + "\",\"uri\":\"tonearm:track:" + id + "\",\"type\":\"track\",\"name\":\""
                + name + "\",\"duration_ms\":" + durationMs + ",\"artists\":[],\"album\":{\"id\":\"a\"}}");
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
