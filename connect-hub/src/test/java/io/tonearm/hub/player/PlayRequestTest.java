package io.tonearm.hub.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
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
                .hasValueSatisfying(r -> {
                    assertThat(r.context()).isEmpty();
                    assertThat(r.uris()).containsExactly("tonearm:track:a", "tonearm:track:b");
                    assertThat(r.startIndex(r.uris())).isEqualTo(1);
                    assertThat(r.positionMs()).isEqualTo(42);
                });
    }

    @Test
    void a_context_uri_is_checked_and_its_offset_applies_to_the_resolved_tracks() {
        PlayRequest.Checked r = PlayRequest.parse(json,
                "{\"context_uri\":\"tonearm:playlist:road-trip\",\"offset\":{\"position\":2}}").orElseThrow();
        assertThat(r.context().orElseThrow().uri()).isEqualTo("tonearm:playlist:road-trip");
        assertThat(r.startIndex(List.of("tonearm:track:a", "tonearm:track:b", "tonearm:track:c"))).isEqualTo(2);
        assertBadRequest(() -> r.startIndex(List.of("tonearm:track:a")), "offset.position is outside the context");
        PlayRequest.Checked byUri = PlayRequest.parse(json,
                "{\"context_uri\":\"tonearm:album:blue\",\"offset\":{\"uri\":\"tonearm:track:b\"}}").orElseThrow();
        assertThat(byUri.startIndex(List.of("tonearm:track:a", "tonearm:track:b"))).isEqualTo(1);
        assertBadRequest(() -> byUri.startIndex(List.of("tonearm:track:a")), "offset.uri is not in the context");
    }

    @Test
    void hostile_context_uris_and_offsets_are_refused() {
        for (String uri : new String[] {"tonearm:album:", "tonearm:album:../../admin", "tonearm:track:a",
            "spotify:album:x", "tonearm:album:a?b=c", "tonearm:playlist:" + "x".repeat(65), "tonearm:artist:x"}) {
            assertBadRequest(() -> PlayRequest.parse(json, "{\"context_uri\":\"" + uri + "\"}"),
                    "context_uri must be tonearm:album:ID or tonearm:playlist:ID");
        }
        assertBadRequest(() -> PlayRequest.parse(json, "{\"context_uri\":\"tonearm:album:x\",\"uris\":[]}"),
                "send context_uri or uris, not both");
        assertBadRequest(() -> PlayRequest.parse(json, "{\"context_uri\":\"tonearm:album:x\",\"offset\":{\"position\":-1}}"),
                "offset.position must not be negative");
        assertBadRequest(() -> PlayRequest.parse(json, "{\"context_uri\":\"tonearm:album:x\",\"offset\":{\"uri\":\"x\"}}"),
                "offset.uri is not a track uri (tonearm:track:ID)");
        assertBadRequest(() -> PlayRequest.parse(json,
                "{\"context_uri\":\"tonearm:album:x\",\"offset\":{\"uri\":\"tonearm:track:a\",\"position\":0}}"),
                "offset needs position or uri, not both");
        assertBadRequest(() -> PlayRequest.parse(json, "{\"offset\":{\"position\":0}}"),
                "offset needs context_uri or uris");
        assertBadRequest(() -> PlayRequest.parse(json, "{\"uris\":[\"tonearm:track:a\"],\"position_ms\":86400001}"),
                "position_ms must be at most 86400000");
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
                "offset.uri is not a track uri (tonearm:track:ID)");
        assertBadRequest(() -> PlayRequest.parse(json,
                "{\"uris\":[\"tonearm:track:a\"],\"offset\":{\"uri\":\"tonearm:track:b\"}}"), "offset.uri is not in uris");
    }
}
