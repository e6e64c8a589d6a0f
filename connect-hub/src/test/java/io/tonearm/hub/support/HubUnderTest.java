package io.tonearm.hub.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.tonearm.hub.mqtt.MqttGateway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A real hub: Micronaut on a random port, its broker (embedded on a free port, or an external one),
 * and plain HTTP calls with the demo user's token.
 */
public final class HubUnderTest implements AutoCloseable {

    private final EmbeddedServer server;
    private final String brokerUri;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json;

    private HubUnderTest(EmbeddedServer server, String brokerUri, Path dataDir) {
        this.server = server;
        this.brokerUri = brokerUri;
        this.dataDir = dataDir;
        this.json = server.getApplicationContext().getBean(JsonMapper.class);
    }

    /** A hub with its embedded broker on a free port, listening on loopback only. */
    public static HubUnderTest embedded(Path dataDir, Map<String, Object> extra) {
        int port = FreePort.pick();
        Map<String, Object> props = base(dataDir, extra);
        props.put("tonearm.hub.mqtt.port", port);
        props.put("tonearm.hub.mqtt.bind-address", "127.0.0.1");
        return start(props, "tcp://127.0.0.1:" + port, dataDir);
    }

    /** A hub that connects to a broker it did not start. */
    public static HubUnderTest external(Path dataDir, String brokerUri, Map<String, Object> extra) {
        Map<String, Object> props = base(dataDir, extra);
        props.put("tonearm.hub.mqtt.mode", "external");
        props.put("tonearm.hub.mqtt.url", brokerUri);
        props.putIfAbsent("tonearm.hub.demo-user", true);
        return start(props, brokerUri, dataDir);
    }

    private static Map<String, Object> base(Path dataDir, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put("micronaut.server.port", -1);
        // Netty's default quiet period (2 s per event loop group) only slows tests down.
        props.put("micronaut.netty.event-loops.default.shutdown-quiet-period", "0ms");
        props.put("micronaut.server.netty.parent.shutdown-quiet-period", "0ms");
        props.put("micronaut.server.netty.worker.shutdown-quiet-period", "0ms");
        props.put("tonearm.hub.data-dir", dataDir.toString());
        props.put("tonearm.hub.command-timeout", "1s");
        // Nothing listens here unless a test says otherwise: track details fall back to the report.
        props.put("tonearm.hub.control-url", "http://127.0.0.1:" + FreePort.pick());
        // CoAP on a free UDP port of loopback (other hubs may run on this machine).
        props.put("tonearm.hub.coap.port", 0);
        props.put("tonearm.hub.coap.bind", "127.0.0.1");
        props.putAll(extra);
        return props;
    }

    private static HubUnderTest start(Map<String, Object> props, String brokerUri, Path dataDir) {
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props);
        HubUnderTest hub = new HubUnderTest(server, brokerUri, dataDir);
        MqttGateway gateway = server.getApplicationContext().getBean(MqttGateway.class);
        Eventually.await("the hub's MQTT client is connected and subscribed", gateway::ready);
        return hub;
    }

    public String brokerUri() {
        return brokerUri;
    }

    /** The UDP port of the hub's CoAP server. */
    public int coapPort() {
        return server.getApplicationContext().getBean(io.tonearm.hub.coap.CoapGateway.class).port();
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    /** The absolute URL of {@code path} on this hub. */
    public String url(String path) {
        return server.getURL() + path;
    }

    public String token() {
        try {
            return Files.readString(dataDir.resolve("demo-token"), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response: status and body text. */
    public record Response(int status, String body, HttpResponse<String> raw) {
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Response put(String path, String body, String token) {
        HttpRequest.Builder b = request(path, token);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.PUT(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POST without a body, as a phone app sends next and previous. */
    public Response post(String path, String token) {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Any method, any headers (name, value pairs) and an optional body: for hostile requests. */
    public Response send(String method, String path, String body, String token, String... headers) {
        HttpRequest.Builder b = request(path, token);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public JsonNode json(Response response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
