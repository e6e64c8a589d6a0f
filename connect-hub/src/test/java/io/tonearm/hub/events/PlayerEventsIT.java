package io.tonearm.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.support.Eventually;
import io.tonearm.hub.support.HubUnderTest;
import io.tonearm.hub.support.ScriptedDevice;
import io.tonearm.protocol.v1.Ack;
import io.tonearm.protocol.v1.DeviceType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /v1/me/player/events} read over real HTTP as a browser's EventSource reads it. */
class PlayerEventsIT {

    @TempDir
    static Path dataDir;
    static HubUnderTest hub;
    static String token;

    @BeforeAll
    static void start() {
        hub = HubUnderTest.embedded(dataDir, Map.of("tonearm.hub.events.heartbeat", "1s"));
        token = hub.token();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    /** One SSE event: its field lines ("event:session", "id:3", "data:{…}"). */
    record SseEvent(String name, String id, String data) {
    }

    /** Reads the stream on a background thread, one event per blank-line-terminated block. */
    static final class EventStream implements AutoCloseable {
        final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
        final CompletableFuture<HttpResponse<Stream<String>>> response;

        EventStream(String url, String token) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            response = HttpClient.newHttpClient().sendAsync(b.GET().build(), HttpResponse.BodyHandlers.ofLines());
            response.thenAcceptAsync(r -> {
                List<String> block = new ArrayList<>();
                r.body().forEach(line -> {
                    if (line.isEmpty()) {
                        if (!block.isEmpty()) {
                            events.add(parse(block));
                            block.clear();
                        }
                    } else {
                        block.add(line);
                    }
                });
            });
        }

        static SseEvent parse(List<String> lines) {
            String name = "";
            String id = "";
            StringBuilder data = new StringBuilder();
            for (String l : lines) {
                if (l.startsWith("event:")) {
                    name = l.substring(6).trim();
                } else if (l.startsWith("id:")) {
                    id = l.substring(3).trim();
                } else if (l.startsWith("data:")) {
                    data.append(l.substring(5).trim());
                }
            }
            return new SseEvent(name, id, data.toString());
        }

        SseEvent next(String name) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                SseEvent e = events.poll(200, TimeUnit.MILLISECONDS);
                if (e != null && e.name().equals(name)) {
                    return e;
                }
            }
            throw new AssertionError("no " + name + " event within 10 s");
        }

        @Override
        public void close() {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
        }
    }

    @Test
    void the_stream_starts_with_the_session_then_sends_one_event_per_change_and_heartbeats() throws Exception {
        try (EventStream stream = new EventStream(hub.url("/v1/me/player/events"), token);
             ScriptedDevice d = ScriptedDevice.online(hub.brokerUri(), "sse-dev", "SSE", DeviceType.DEVICE_TYPE_SPEAKER)) {
            HttpResponse<Stream<String>> r = stream.response.get(10, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            SseEvent first = stream.next("session");
            long firstVersion = Long.parseLong(first.id());

            Eventually.await("sse-dev is listed", () -> hub.get("/v1/me/player/devices", token).body().contains("sse-dev"));
            d.answerEveryCommandWith(Ack.Outcome.OUTCOME_APPLIED);
            assertThat(hub.put("/v1/me/player/play?device_id=sse-dev", "{\"uris\":[\"tonearm:track:e1\"]}", token)
                    .status()).isEqualTo(204);
            SseEvent played;
            do {
                played = stream.next("session");
            } while (!played.data().contains("tonearm:track:e1"));
            assertThat(Long.parseLong(played.id())).isGreaterThan(firstVersion);
            assertThat(played.data()).contains("\"device_id\":\"sse-dev\"", "\"is_playing\":true",
                    "\"version\":" + played.id());

            assertThat(hub.put("/v1/me/player/repeat?state=context", null, token).status()).isEqualTo(204);
            SseEvent repeat;
            do {
                repeat = stream.next("session");
            } while (!repeat.data().contains("\"repeat_state\":\"context\""));
            assertThat(Long.parseLong(repeat.id())).isGreaterThan(Long.parseLong(played.id()));

            assertThat(stream.next("heartbeat").data()).contains("timestamp");
        }
    }

    @Test
    void the_stream_needs_a_valid_token() throws Exception {
        try (EventStream none = new EventStream(hub.url("/v1/me/player/events"), null);
             EventStream wrong = new EventStream(hub.url("/v1/me/player/events"), "not-a-token")) {
            assertThat(none.response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(401);
            assertThat(wrong.response.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(401);
        }
    }
}
