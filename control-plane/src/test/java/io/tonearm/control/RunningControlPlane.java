package io.tonearm.control;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A real control plane on a random port over a temp data dir, and a raw JDK HTTP client to poke it. */
public final class RunningControlPlane implements AutoCloseable {

    private final EmbeddedServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningControlPlane(EmbeddedServer server) {
        this.server = server;
    }

    public static Map<String, Object> properties(Path dataDir, Path samplePack) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("tonearm.control.data-dir", dataDir.toString());
        properties.put("tonearm.control.sample-pack", samplePack.toString());
        TestDatabase.configure(properties);
        return properties;
    }

    public static RunningControlPlane start(Map<String, Object> properties) {
        return new RunningControlPlane(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public MutableClock clock() {
        return context().getBean(MutableClock.class);
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getPort() + pathAndQuery);
    }

    /** The path and query of an absolute URL, so a URL minted for the public base can be fetched here. */
    public static String localPart(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        return send(request(pathAndQuery, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
        return send(request(pathAndQuery, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> send(String method, String pathAndQuery) {
        return send(request(pathAndQuery).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> head(String pathAndQuery, String... headers) {
        return send(request(pathAndQuery, headers).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String pathAndQuery, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(10));
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
