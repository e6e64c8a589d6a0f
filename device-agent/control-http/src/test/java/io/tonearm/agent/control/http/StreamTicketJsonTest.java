package io.tonearm.agent.control.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.SeekIndex;
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

    @Test
    void reads_the_seek_index_when_the_answer_has_one() throws Exception {
        StreamTicket t = read(withSeekIndex("[[0, 4096], [44100, 21000], [88200, 39000]]"));

        assertThat(t.seekIndex()).isPresent();
        assertThat(t.seekIndex().get().points()).hasSize(3);
        assertThat(t.seekIndex().get().atOrBefore(50_000)).isEqualTo(new SeekIndex.Point(44100, 21000));
        assertThat(t.seekIndex().get().atOrBefore(10)).isEqualTo(new SeekIndex.Point(0, 4096));
        assertThat(t.seekIndex().get().audioStart()).isEqualTo(4096);
    }

    @Test
    void an_answer_without_a_seek_index_has_none() throws Exception {
        assertThat(read(HttpStreamResolverIT.ANSWER).seekIndex()).isEmpty();
        assertThat(read(withSeekIndex("null")).seekIndex()).isEmpty();
    }

    @Test
    void a_malformed_seek_index_is_dropped_and_the_stream_still_plays() throws Exception {
        String[] hostile = {
            "\"0,4096\"", "{}", "[]", "[[0]]", "[[0, 4096, 1]]", "[[1, 4096]]", "[[0, -1]]", "[[0, 1.5]]",
            "[[0, \"4096\"]]", "[[0, 100], [10, 100]]", "[[0, 100], [10, 50]]", "[[0, 100], [10, 200], [5, 300]]",
            "[[0, 100000000000000000000000]]", "[[0, 100], null]", "[[0, 9223372036854775807]]"
        };
        for (String index : hostile) {
            StreamTicket t = read(withSeekIndex(index));
            assertThat(t.seekIndex()).as(index).isEmpty();
            assertThat(t.url()).isNotNull();
        }
    }

    @Test
    void a_seek_index_of_too_many_points_is_dropped() throws Exception {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i <= SeekIndex.MAX_POINTS; i++) {
            b.append(i == 0 ? "" : ",").append("[").append(i).append(",").append(i + 1).append("]");
        }
        assertThat(read(withSeekIndex(b.append("]").toString())).seekIndex()).isEmpty();
    }

    private static String withSeekIndex(String index) {
        return HttpStreamResolverIT.ANSWER.replace("\"quality\": 160", "\"quality\": 160, \"seek_index\": " + index);
    }
}
