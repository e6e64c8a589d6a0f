package io.tonearm.agent.control.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StreamTicketJsonTest {

    private static final TrackRef TRACK = new TrackRef("velvet-orchard-01");
    private static final Instant NOW = Instant.parse("2026-11-22T02:45:00Z");
    private final StreamTicketJson json = new StreamTicketJson(URI.create("https://cp.example:8443/api"),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void reads_the_contract_example() throws Exception {
        StreamTicket t = read(HttpStreamResolverIT.ANSWER);

        assertThat(t.quality()).isEqualTo(Quality.KBPS_160);
        assertThat(t.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(t.expiresAt()).isEqualTo(Instant.parse("2026-11-22T03:00:00Z"));
    }

    @Test
    void without_expires_at_the_expiry_counts_expires_in_from_the_clock() throws Exception {
        StreamTicket t = read(HttpStreamResolverIT.ANSWER.replace("\"expires_at\": \"2026-11-22T03:00:00Z\",", ""));

        assertThat(t.expiresAt()).isEqualTo(NOW.plusSeconds(900));
    }

    @Test
    void a_path_relative_url_resolves_under_the_base_prefix() throws Exception {
        StreamTicket t = read(HttpStreamResolverIT.ANSWER.replaceFirst("\"url\": \"[^\"]*\"", "\"url\": \"audio/x.ogg?sig=1\""));

        assertThat(t.url()).isEqualTo(URI.create("https://cp.example:8443/api/audio/x.ogg?sig=1"));
    }

    @Test
    void a_server_granting_a_lower_quality_is_believed() throws Exception {
        assertThat(read(HttpStreamResolverIT.ANSWER.replace("\"quality\": 160", "\"quality\": 96")).quality())
                .isEqualTo(Quality.KBPS_96);
    }

    @Test
    void bad_field_values_are_protocol_errors_naming_the_field() {
        assertRefused(HttpStreamResolverIT.ANSWER.replace("\"quality\": 160", "\"quality\": 128"), "'quality'");
        assertRefused(HttpStreamResolverIT.ANSWER.replace("\"duration_ms\": 23450", "\"duration_ms\": 1.5"), "'duration_ms'");
        assertRefused(HttpStreamResolverIT.ANSWER.replace("\"duration_ms\": 23450", "\"duration_ms\": -1"), "'duration_ms'");
        assertRefused(HttpStreamResolverIT.ANSWER.replace("\"loudness_gain_db\": -2.1", "\"loudness_gain_db\": \"loud\""),
                "'loudness_gain_db'");
        assertRefused(HttpStreamResolverIT.ANSWER.replace("2026-11-22T03:00:00Z", "tomorrow"), "'expires_at'");
        assertRefused(HttpStreamResolverIT.ANSWER.replaceFirst("\"url\": \"[^\"]*\"", "\"url\": \"ftp://x/y\""), "'url'");
        assertRefused(HttpStreamResolverIT.ANSWER.replaceFirst("\"url\": \"[^\"]*\"", "\"url\": \"http://bad host/\""), "'url'");
        assertRefused(HttpStreamResolverIT.ANSWER.replaceFirst("\"url\": \"[^\"]*\"", "\"url\": 7"), "'url'");
    }

    @Test
    void bodies_that_are_not_a_json_object_are_protocol_errors() {
        assertRefused("[1, 2]", "not a JSON object");
        assertRefused("null", "not a JSON object");
        assertRefused("", "not a JSON object");
        assertRefused("\u0000\u00ff", "not a JSON object");
    }

    private StreamTicket read(String body) throws StreamException {
        return json.read(TRACK, body.getBytes(StandardCharsets.UTF_8));
    }

    private void assertRefused(String body, String messagePart) {
        StreamException e = catchThrowableOfType(StreamException.class, () -> read(body));
        assertThat(e).as(body).isNotNull();
        assertThat(e.reason()).isEqualTo(StreamException.Reason.PROTOCOL);
        assertThat(e.getMessage()).contains(messagePart);
    }
}
