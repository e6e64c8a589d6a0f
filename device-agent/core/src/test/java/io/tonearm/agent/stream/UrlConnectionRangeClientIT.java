package io.tonearm.agent.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tonearm.agent.stream.StreamException.Reason;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link UrlConnectionRangeClient} against a raw-socket server that answers well and badly. */
class UrlConnectionRangeClientIT {
    private static final byte[] AUDIO = new byte[100_000];

    static {
        for (int i = 0; i < AUDIO.length; i++) {
            AUDIO[i] = (byte) (i * 31 + 7);
        }
    }

    private final UrlConnectionRangeClient client = new UrlConnectionRangeClient(Duration.ofSeconds(2), Duration.ofMillis(400));
    private ScriptedAudioServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void reads_exactly_the_requested_range_and_asks_for_it() throws Exception {
        serve((r, out) -> ScriptedAudioServer.partial(r, out, AUDIO));
        RangeResponse response = client.get(server.uri("/a.ogg"), 1000, 5000);
        assertEquals(1000, response.start());
        assertEquals(4000, response.length());
        assertEquals(AUDIO.length, response.totalLength());
        assertArrayEquals(Arrays.copyOfRange(AUDIO, 1000, 5000), readAll(response.body()));
        assertEquals(1000, server.requests().get(0).from());
        assertEquals(4999, server.requests().get(0).last());
    }

    @Test
    void a_server_that_ignores_range_has_its_first_bytes_skipped() throws Exception {
        serve((r, out) -> {
            ScriptedAudioServer.head(out, "200 OK", "Content-Length: " + AUDIO.length);
            out.write(AUDIO);
        });
        RangeResponse response = client.get(server.uri("/a.ogg"), 60_000, 70_000);
        assertEquals(40_000, response.length());
        assertArrayEquals(Arrays.copyOfRange(AUDIO, 60_000, AUDIO.length), readAll(response.body()));
    }

    @Test
    void refused_missing_expired_and_failing_answers_carry_their_reason() throws Exception {
        Map<String, Reason> cases = Map.of("403 Forbidden", Reason.FORBIDDEN, "404 Not Found", Reason.NOT_FOUND,
                "410 Gone", Reason.EXPIRED, "500 Internal Server Error", Reason.UNAVAILABLE,
                "503 Service Unavailable", Reason.UNAVAILABLE, "418 I'm a teapot", Reason.PROTOCOL);
        for (Map.Entry<String, Reason> c : cases.entrySet()) {
            serve((r, out) -> ScriptedAudioServer.status(out, c.getKey()));
            StreamException e = assertThrows(StreamException.class, () -> client.get(server.uri("/a.ogg"), 0, 100));
            assertEquals(c.getValue(), e.reason(), c.getKey());
            assertTrue(e.getMessage().contains(c.getKey().substring(0, 3)), e.getMessage());
            server.close();
        }
    }

    @Test
    void a_content_range_that_starts_elsewhere_is_a_protocol_error() throws Exception {
        serve((r, out) -> ScriptedAudioServer.head(out, "206 Partial Content", "Content-Range: bytes 0-99/100000",
                "Content-Length: 100"));
        StreamException e = assertThrows(StreamException.class, () -> client.get(server.uri("/a.ogg"), 50, 150));
        assertEquals(Reason.PROTOCOL, e.reason());
        assertTrue(e.getMessage().contains("wrong Content-Range"), e.getMessage());
    }

    @Test
    void a_missing_or_garbled_content_range_is_a_protocol_error() throws Exception {
        serve((r, out) -> ScriptedAudioServer.head(out, "206 Partial Content", "Content-Range: bytes=lots", "Content-Length: 100"));
        assertEquals(Reason.PROTOCOL, assertThrows(StreamException.class, () -> client.get(server.uri("/a"), 0, 100)).reason());
    }

    @Test
    void a_content_length_that_disagrees_with_the_content_range_is_a_protocol_error() throws Exception {
        serve((r, out) -> ScriptedAudioServer.head(out, "206 Partial Content", "Content-Range: bytes 0-99/100000",
                "Content-Length: 5000"));
        StreamException e = assertThrows(StreamException.class, () -> client.get(server.uri("/a"), 0, 100));
        assertEquals(Reason.PROTOCOL, e.reason());
        assertTrue(e.getMessage().contains("disagrees"), e.getMessage());
    }

    @Test
    void a_malformed_content_length_is_a_protocol_error() throws Exception {
        serve((r, out) -> ScriptedAudioServer.head(out, "200 OK", "Content-Length: -12"));
        assertEquals(Reason.PROTOCOL, assertThrows(StreamException.class, () -> client.get(server.uri("/a"), 0, 100)).reason());
    }

    @Test
    void a_body_cut_short_fails_the_read_with_an_end_of_stream() throws Exception {
        serve((r, out) -> ScriptedAudioServer.cutAfter(r, out, AUDIO, 3000));
        RangeResponse response = client.get(server.uri("/a.ogg"), 0, 10_000);
        assertThrows(EOFException.class, () -> readAll(response.body()));
    }

    @Test
    void a_body_longer_than_declared_is_a_mismatch() throws Exception {
        serve((r, out) -> {
            ScriptedAudioServer.head(out, "206 Partial Content", "Content-Range: bytes 0-99/100000");
            out.write(AUDIO, 0, 500); // no Content-Length: the connection's end delimits the body
        });
        RangeResponse response = client.get(server.uri("/a.ogg"), 0, 100);
        assertThrows(BodyMismatchException.class, () -> readAll(response.body()));
    }

    @Test
    void a_redirect_is_followed_to_a_relative_location() throws Exception {
        serve((r, out) -> {
            if (r.path().equals("/signed")) {
                ScriptedAudioServer.status(out, "302 Found", "Location: /cdn/a.ogg");
            } else {
                ScriptedAudioServer.partial(r, out, AUDIO);
            }
        });
        RangeResponse response = client.get(server.uri("/signed"), 0, 1000);
        assertArrayEquals(Arrays.copyOf(AUDIO, 1000), readAll(response.body()));
        assertEquals("/cdn/a.ogg", server.requests().get(1).path());
        assertEquals(0, server.requests().get(1).from(), "the range goes with the redirect");
    }

    @Test
    void a_redirect_loop_fails_fast_with_a_clear_error() throws Exception {
        serve((r, out) -> ScriptedAudioServer.status(out, "302 Found", "Location: " + (r.path().equals("/a") ? "/b" : "/a")));
        StreamException e = assertThrows(StreamException.class, () -> client.get(server.uri("/a"), 0, 100));
        assertEquals(Reason.PROTOCOL, e.reason());
        assertTrue(e.getMessage().contains("redirect loop"), e.getMessage());
        assertEquals(2, server.requests().size());
    }

    @Test
    void more_than_five_redirects_are_refused() throws Exception {
        serve((r, out) -> ScriptedAudioServer.status(out, "307 Temporary Redirect", "Location: /hop" + r.number()));
        StreamException e = assertThrows(StreamException.class, () -> client.get(server.uri("/start"), 0, 100));
        assertEquals(Reason.PROTOCOL, e.reason());
        assertTrue(e.getMessage().contains("more than 5 redirects"), e.getMessage());
        assertEquals(6, server.requests().size());
    }

    @Test
    void a_redirect_without_location_is_a_protocol_error() throws Exception {
        serve((r, out) -> ScriptedAudioServer.status(out, "301 Moved Permanently"));
        StreamException e = assertThrows(StreamException.class, () -> client.get(server.uri("/a"), 0, 100));
        assertEquals(Reason.PROTOCOL, e.reason());
        assertTrue(e.getMessage().contains("without Location"), e.getMessage());
    }

    @Test
    void a_redirect_to_another_scheme_is_refused() throws Exception {
        serve((r, out) -> ScriptedAudioServer.status(out, "302 Found", "Location: file:///etc/passwd"));
        StreamException e = assertThrows(StreamException.class, () -> client.get(server.uri("/a"), 0, 100));
        assertEquals(Reason.PROTOCOL, e.reason());
        assertTrue(e.getMessage().contains("not an http(s)"), e.getMessage());
    }

    @Test
    void a_server_that_never_answers_times_out_as_unavailable() throws Exception {
        serve((r, out) -> Thread.sleep(10_000));
        long started = System.nanoTime();
        StreamException e = assertThrows(StreamException.class, () -> client.get(server.uri("/a"), 0, 100));
        assertEquals(Reason.UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(3), "bounded by the read timeout");
    }

    @Test
    void a_body_that_stalls_fails_the_read_after_the_read_timeout() throws Exception {
        serve((r, out) -> {
            ScriptedAudioServer.cutAfter(r, out, AUDIO, 2000);
            Thread.sleep(10_000);
        });
        RangeResponse response = client.get(server.uri("/a"), 0, 10_000);
        long started = System.nanoTime();
        assertThrows(SocketTimeoutException.class, () -> readAll(response.body()));
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(3), "bounded by the read timeout");
    }

    @Test
    void closing_a_stalled_body_from_another_thread_does_not_wait_for_the_read() throws Exception {
        UrlConnectionRangeClient patient = new UrlConnectionRangeClient(Duration.ofSeconds(2), Duration.ofSeconds(5));
        serve((r, out) -> {
            ScriptedAudioServer.cutAfter(r, out, AUDIO, 2000);
            Thread.sleep(10_000);
        });
        RangeResponse response = patient.get(server.uri("/a"), 0, 10_000);
        CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> {
            try {
                readAll(response.body());
                return null;
            } catch (IOException e) {
                return e;
            }
        });
        Thread.sleep(300); // the reader is now blocked after the first 2000 bytes
        long started = System.nanoTime();
        response.body().close();
        assertTrue(System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(500), "close returned at once");
        assertTrue(reader.get(8, TimeUnit.SECONDS) instanceof IOException, "the reader fails once its read returns");
    }

    @Test
    void bytes_that_are_not_http_are_refused() throws Exception {
        serve((r, out) -> out.write("SSH-2.0-OpenSSH_9.2\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertThrows(StreamException.class, () -> client.get(server.uri("/a"), 0, 100));
    }

    @Test
    void oversized_headers_are_refused() throws Exception {
        String huge = "X-Padding: " + "a".repeat(1 << 20);
        serve((r, out) -> ScriptedAudioServer.head(out, "206 Partial Content", huge, "Content-Range: bytes 0-99/100000",
                "Content-Length: 100"));
        StreamException e = assertThrows(StreamException.class, () -> client.get(server.uri("/a"), 0, 100));
        assertEquals(Reason.UNAVAILABLE, e.reason());
    }

    @Test
    void asking_from_exactly_the_end_yields_an_empty_body() throws Exception {
        serve((r, out) -> ScriptedAudioServer.status(out, "416 Range Not Satisfiable", "Content-Range: bytes */100000"));
        RangeResponse response = client.get(server.uri("/a"), 100_000, 200_000);
        assertEquals(0, response.length());
        assertEquals(0, readAll(response.body()).length);
        StreamException past = assertThrows(StreamException.class, () -> client.get(server.uri("/a"), 50_000, 200_000));
        assertEquals(Reason.PROTOCOL, past.reason());
    }

    @Test
    void a_non_http_url_and_an_empty_range_are_refused_before_any_request() throws Exception {
        assertEquals(Reason.PROTOCOL, assertThrows(StreamException.class,
                () -> client.get(URI.create("ftp://127.0.0.1/a.ogg"), 0, 100)).reason());
        assertThrows(IllegalArgumentException.class, () -> client.get(URI.create("http://127.0.0.1/a"), 100, 100));
    }

    private void serve(ScriptedAudioServer.Script script) throws IOException {
        server = new ScriptedAudioServer(script);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
