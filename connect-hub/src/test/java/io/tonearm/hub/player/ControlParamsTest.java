package io.tonearm.hub.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.hub.device.RepeatMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlParamsTest {

    private static void assertBadRequest(Runnable r, String message) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(PlayerException.class, e -> {
            assertThat(e.failure()).isEqualTo(PlayerException.Failure.BAD_REQUEST);
            assertThat(e.status().getCode()).isEqualTo(400);
            assertThat(e.publicMessage()).isEqualTo(message);
        });
    }

    @Test
    void positions_from_zero_to_a_day_are_read() {
        assertThat(ControlParams.positionMs(List.of("0"))).isZero();
        assertThat(ControlParams.positionMs(List.of("10000"))).isEqualTo(10_000);
        assertThat(ControlParams.positionMs(List.of("007"))).isEqualTo(7);
        assertThat(ControlParams.positionMs(List.of("86400000"))).isEqualTo(ControlParams.MAX_POSITION_MS);
    }

    @Test
    void a_missing_empty_or_repeated_position_is_refused() {
        assertBadRequest(() -> ControlParams.positionMs(List.of()), "position_ms is required");
        assertBadRequest(() -> ControlParams.positionMs(List.of("")), "position_ms is required");
        assertBadRequest(() -> ControlParams.positionMs(List.of("1", "2")), "position_ms must be given once");
    }

    @Test
    void negative_fractional_signed_spaced_foreign_and_huge_positions_are_refused() {
        for (String bad : new String[] {"-1", "1.0", "+1", " 1", "1 ", "1e3", "0x1", "٣", "86400001",
                "9223372036854775807", "9223372036854775808", "123456789012345678901234567890", "NaN"}) {
            assertBadRequest(() -> ControlParams.positionMs(List.of(bad)),
                    "position_ms must be a whole number from 0 to 86400000");
        }
    }

    @Test
    void volumes_from_0_to_100_are_read_and_anything_else_refused() {
        assertThat(ControlParams.volumePercent(List.of("0"))).isZero();
        assertThat(ControlParams.volumePercent(List.of("100"))).isEqualTo(100);
        assertBadRequest(() -> ControlParams.volumePercent(List.of()), "volume_percent is required");
        assertBadRequest(() -> ControlParams.volumePercent(List.of("5", "5")), "volume_percent must be given once");
        for (String bad : new String[] {"101", "-0", "50.5", "4294967346", "fifty"}) {
            assertBadRequest(() -> ControlParams.volumePercent(List.of(bad)),
                    "volume_percent must be a whole number from 0 to 100");
        }
    }

    @Test
    void repeat_states_are_spotifys_three_words_exactly() {
        assertThat(ControlParams.repeatState(List.of("track"))).isEqualTo(RepeatMode.TRACK);
        assertThat(ControlParams.repeatState(List.of("context"))).isEqualTo(RepeatMode.CONTEXT);
        assertThat(ControlParams.repeatState(List.of("off"))).isEqualTo(RepeatMode.OFF);
        assertBadRequest(() -> ControlParams.repeatState(List.of()), "state is required");
        assertBadRequest(() -> ControlParams.repeatState(List.of("off", "track")), "state must be given once");
        for (String bad : new String[] {"Track", "all", " off", "off\u0000", "1"}) {
            assertBadRequest(() -> ControlParams.repeatState(List.of(bad)), "state must be track, context or off");
        }
    }

    @Test
    void shuffle_states_are_true_or_false_exactly() {
        assertThat(ControlParams.shuffleState(List.of("true"))).isTrue();
        assertThat(ControlParams.shuffleState(List.of("false"))).isFalse();
        for (String bad : new String[] {"TRUE", "1", "yes", "on", "true "}) {
            assertBadRequest(() -> ControlParams.shuffleState(List.of(bad)), "state must be true or false");
        }
        assertBadRequest(() -> ControlParams.shuffleState(List.of("")), "state is required");
    }

    @Test
    void queue_uris_must_be_one_track_uri() {
        assertThat(ControlParams.trackUri(List.of("tonearm:track:a-1"))).isEqualTo("tonearm:track:a-1");
        for (String bad : new String[] {"tonearm:album:a", "tonearm:track:", "tonearm:track:a/b", "spotify:track:x",
            "tonearm:track:" + "x".repeat(65)}) {
            assertBadRequest(() -> ControlParams.trackUri(List.of(bad)), "uri must be a track uri (tonearm:track:ID)");
        }
        assertBadRequest(() -> ControlParams.trackUri(List.of("tonearm:track:a", "tonearm:track:b")),
                "uri must be given once");
    }
}
