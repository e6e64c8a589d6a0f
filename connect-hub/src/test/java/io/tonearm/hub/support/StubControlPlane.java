package io.tonearm.hub.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The control plane's {@code GET /v1/tracks/{id}}, serving fixed JSON on a free loopback port. */
public final class StubControlPlane implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> tracks = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

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
        server.start();
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
