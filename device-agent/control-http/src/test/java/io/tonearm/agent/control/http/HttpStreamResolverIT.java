package io.tonearm.agent.control.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamException.Reason;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The resolver against a scripted control plane on a real socket. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HttpStreamResolverIT {

    static final String ANSWER = "{\"track_id\": \"velvet-orchard-01\", \"quality\": 160,"
            + " \"url\": \"http://127.0.0.1:8080/v1/audio/velvet-orchard-01/160.ogg?exp=1795000000&dev=kitchen&kid=k1&sig=abc\","
            + " \"expires_at\": \"2026-11-22T03:00:00Z\", \"expires_in\": 900,"
            + " \"loudness_gain_db\": -2.1, \"duration_ms\": 23450, \"bitrate_kbps\": 158.7,"
            + " \"sample_rate\": 44100, \"channels\": 2}";
    private static final TrackRef TRACK = new TrackRef("velvet-orchard-01");
    private static final String SECRET = "SECRET-BODY-TEXT";

    private final ScriptedControlPlane plane = new ScriptedControlPlane();
    private final HttpStreamResolver resolver = resolver(plane.base());

    HttpStreamResolverIT() throws Exception {
    }

    @AfterEach
    void stop() {
        plane.close();
    }

    @Test
    void resolves_a_ticket_asking_for_the_quality_and_naming_the_device() throws Exception {
        plane.answerJson(200, ANSWER);

        StreamTicket ticket = resolver.resolve(TRACK, Quality.KBPS_160);

        assertThat(plane.requests).singleElement().satisfies(uri -> {
            assertThat(uri.getPath()).isEqualTo("/v1/tracks/velvet-orchard-01/stream");
            assertThat(uri.getQuery()).isEqualTo("quality=160&device_id=kitchen");
        });
        assertThat(plane.acceptHeaders).containsExactly("application/json");
        assertThat(ticket.track()).isEqualTo(TRACK);
        assertThat(ticket.quality()).isEqualTo(Quality.KBPS_160);
        assertThat(ticket.url()).hasPath("/v1/audio/velvet-orchard-01/160.ogg").hasParameter("sig", "abc");
        assertThat(ticket.expiresAt()).isEqualTo(Instant.parse("2026-11-22T03:00:00Z"));
        assertThat(ticket.gainDb()).isEqualTo(-2.1);
        assertThat(ticket.durationMs()).isEqualTo(23_450);
    }

    @Test
    void a_relative_url_is_resolved_against_the_base_url() throws Exception {
        plane.answerJson(200, ANSWER.replace("http://127.0.0.1:8080/v1/audio", "/cdn/audio"));
        HttpStreamResolver prefixed = resolver(plane.base() + "/api/");

        StreamTicket ticket = prefixed.resolve(TRACK, Quality.KBPS_160);

        assertThat(plane.requests.get(0).getPath()).isEqualTo("/api/v1/tracks/velvet-orchard-01/stream");
        assertThat(ticket.url().toString()).startsWith(plane.base() + "/cdn/audio/velvet-orchard-01/160.ogg?exp=");
    }

    @Test
    void an_unknown_track_is_not_found() {
        plane.answerJson(404, "{\"error\": {\"status\": 404, \"message\": \"Track not found\"}}");

        assertFails(() -> resolver.resolve(TRACK, Quality.KBPS_24), Reason.NOT_FOUND);
    }

    @Test
    void a_refused_device_is_forbidden() {
        plane.answerJson(403, "{\"error\": {\"status\": 403, \"message\": \"" + SECRET + "\"}}");

        assertFails(() -> resolver.resolve(TRACK, Quality.KBPS_320), Reason.FORBIDDEN);
    }

    @Test
    void a_server_error_is_unavailable_and_retryable() {
        plane.answerJson(500, "{\"error\": {\"status\": 500, \"message\": \"" + SECRET + "\"}}");

        assertFails(() -> resolver.resolve(TRACK, Quality.KBPS_96), Reason.UNAVAILABLE);
        assertThat(Reason.UNAVAILABLE.retryable()).isTrue();
    }

    @Test
    void an_unexpected_status_is_a_protocol_error() {
        plane.script(ex -> {
            ex.getResponseHeaders().add("Location", "http://elsewhere/");
            ScriptedControlPlane.respond(ex, 302, "text/plain", SECRET);
        });

        assertFails(() -> resolver.resolve(TRACK, Quality.KBPS_96), Reason.PROTOCOL);
    }

    @Test
    void malformed_json_is_a_protocol_error_that_does_not_echo_the_body() {
        plane.answerJson(200, "{\"url\": \"" + SECRET + "\", ");

        assertFails(() -> resolver.resolve(TRACK, Quality.KBPS_160), Reason.PROTOCOL);
    }

    @Test
    void an_answer_without_a_url_is_a_protocol_error_naming_the_field() {
        plane.answerJson(200, ANSWER.replaceFirst("\"url\": \"[^\"]*\",", ""));

        assertFails(() -> resolver.resolve(TRACK, Quality.KBPS_160), Reason.PROTOCOL).hasMessageContaining("'url'");
    }

    @Test
    void a_ten_megabyte_body_is_refused_after_the_first_64_kib() {
        plane.script(ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 10_000_000);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 10_000_000 / chunk.length; i++) {
                    out.write(chunk);
                }
                out.write(new byte[10_000_000 % chunk.length]);
            }
        });

        assertFails(() -> resolver.resolve(TRACK, Quality.KBPS_160), Reason.PROTOCOL).hasMessageContaining("larger than 65536");
    }

    @Test
    void a_server_that_never_answers_times_out_as_unavailable() {
        plane.script(ex -> plane.stall());
        long started = System.nanoTime();

        assertFails(() -> resolver.resolve(TRACK, Quality.KBPS_160), Reason.UNAVAILABLE).hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_server_that_stalls_in_the_middle_of_the_body_times_out_as_unavailable() {
        plane.script(ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 1_000);
            ex.getResponseBody().write("{\"url\": ".getBytes());
            ex.getResponseBody().flush();
            plane.stall();
        });

        assertFails(() -> resolver.resolve(TRACK, Quality.KBPS_160), Reason.UNAVAILABLE).hasMessageContaining("timed out");
    }

    @Test
    void an_html_page_instead_of_json_is_a_protocol_error() {
        plane.script(ex -> ScriptedControlPlane.respond(ex, 200, "text/html", "<html>" + SECRET + "</html>"));

        assertFails(() -> resolver.resolve(TRACK, Quality.KBPS_160), Reason.PROTOCOL).hasMessageContaining("not JSON");
    }

    @Test
    void an_answer_for_another_track_is_a_protocol_error() {
        plane.answerJson(200, ANSWER.replace("\"track_id\": \"velvet-orchard-01\"", "\"track_id\": \"other\""));

        assertFails(() -> resolver.resolve(TRACK, Quality.KBPS_160), Reason.PROTOCOL).hasMessageContaining("another track");
    }

    @Test
    void a_refused_connection_is_unavailable() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }

        assertFails(() -> resolver("http://127.0.0.1:" + closedPort).resolve(TRACK, Quality.KBPS_160), Reason.UNAVAILABLE)
                .hasMessageContaining("could not be reached");
    }

    private static HttpStreamResolver resolver(String base) {
        return new HttpStreamResolver(new HttpControlSettings(URI.create(base), Duration.ofSeconds(1),
                Duration.ofMillis(1_500)), "kitchen");
    }

    /** Asserts the call fails for {@code reason} with a message that never echoes the body. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertFails(ThrowingCallable call, Reason reason) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(StreamException.class);
        assertThat(((StreamException) thrown).reason()).isEqualTo(reason);
        assertThat(thrown.getMessage()).isNotBlank().doesNotContain(SECRET);
        return assertThat(thrown);
    }
}
