package io.tonearm.hub.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
import io.tonearm.hub.device.DeviceCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlayRequestTest {

    private final JsonMapper json = JsonMapper.createDefault();

    private static void assertBadRequest(Runnable r, String message) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(PlayerException.class, e -> {
            assertThat(e.failure()).isEqualTo(PlayerException.Failure.BAD_REQUEST);
            assertThat(e.publicMessage()).isEqualTo(message);
        });
    }

    @Test
    void uris_with_an_offset_and_position_become_a_play_command() {
        assertThat(PlayRequest.parse(json, "{\"uris\":[\"tonearm:track:a\",\"tonearm:track:b\"],"
                + "\"offset\":{\"uri\":\"tonearm:track:b\"},\"position_ms\":42,\"extra\":true}"))
                .contains(new DeviceCommand.Play(List.of("tonearm:track:a", "tonearm:track:b"), 1, 42));
    }

    @Test
    void a_body_without_uris_means_resume() {
        assertThat(PlayRequest.parse(json, null)).isEmpty();
        assertThat(PlayRequest.parse(json, "")).isEmpty();
        assertThat(PlayRequest.parse(json, "{}")).isEmpty();
    }

    @Test
    void broken_requests_are_refused_with_a_message_for_people() {
        assertBadRequest(() -> PlayRequest.parse(json, "{\"uris\":"), "Malformed JSON");
        assertBadRequest(() -> PlayRequest.parse(json, "[1,2]"), "Malformed JSON");
        assertBadRequest(() -> PlayRequest.parse(json, "{\"uris\":[\"tonearm:track:a b\"]}"),
                "uris[0] is not a track uri (tonearm:track:ID)");
        assertBadRequest(() -> PlayRequest.parse(json, "{\"uris\":[\"tonearm:track:a\"],\"position_ms\":-5}"),
                "position_ms must not be negative");
        assertBadRequest(() -> PlayRequest.parse(json, "{\"uris\":[\"tonearm:track:a\"],\"offset\":{\"uri\":\"x\"}}"),
                "offset.uri is not in uris");
        assertBadRequest(() -> PlayRequest.parse(json, "{\"context_uri\":\"tonearm:album:x\"}"),
                "context_uri is not supported yet; send uris");
    }
}
