package io.tonearm.hub.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.hub.device.RepeatMode;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaybackSessionTest {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    static final List<String> ABC = List.of("tonearm:track:a", "tonearm:track:b", "tonearm:track:c");

    static PlaybackSession playing(List<String> tracks, int index) {
        return PlaybackSession.EMPTY.started("kitchen", Optional.of(new PlaybackContext(PlaybackContext.Type.ALBUM, "x")),
                tracks, tracks, index, 1000, T0);
    }

    @Test
    void the_position_moves_on_from_its_anchor_only_while_playing() {
        PlaybackSession s = playing(ABC, 0);
        assertThat(s.positionAt(T0.plusMillis(2500))).isEqualTo(3500);
        PlaybackSession paused = s.at("kitchen", false, 3500, T0.plusMillis(2500));
        assertThat(paused.positionAt(T0.plusSeconds(60))).isEqualTo(3500);
        assertThat(s.positionAt(T0.minusSeconds(5))).as("a clock that went back does not rewind").isEqualTo(1000);
    }

    @Test
    void queued_tracks_go_after_the_current_one_and_earlier_additions() {
        PlaybackSession s = playing(ABC, 0).enqueued("tonearm:track:q1").enqueued("tonearm:track:q2");
        assertThat(s.playOrder()).containsExactly("tonearm:track:a", "tonearm:track:q1", "tonearm:track:q2",
                "tonearm:track:b", "tonearm:track:c");
        assertThat(s.queued()).isEqualTo(2);
        assertThat(s.upNext()).startsWith("tonearm:track:q1");
        PlaybackSession moved = s.movedTo(1, true, 0, T0);
        assertThat(moved.queued()).as("playing q1 used it up").isEqualTo(1);
        assertThat(s.movedTo(3, true, 0, T0).queued()).isZero();
    }

    @Test
    void nothing_loaded_cannot_take_a_queued_track_and_a_full_queue_says_so() {
        assertThatThrownBy(() -> PlaybackSession.EMPTY.enqueued("tonearm:track:a"))
                .isInstanceOf(IllegalStateException.class);
        List<String> full = Collections.nCopies(1000, "tonearm:track:a");
        assertThatThrownBy(() -> playing(full, 0).enqueued("tonearm:track:b")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void invalid_sessions_cannot_be_built() {
        assertThatThrownBy(() -> playing(ABC, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> playing(List.of("tonearm:track:a", "javascript:alert(1)"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> playing(ABC, 0).withVolume("kitchen", 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> playing(ABC, 0).withVolume("bad/id", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlaybackSession.EMPTY.started("bad+", Optional.empty(), ABC, ABC, 0, 0, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlaybackSession.EMPTY.at("kitchen", true, -1, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlaybackSession.EMPTY.withVersion(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sameness_ignores_the_version_only() {
        PlaybackSession s = playing(ABC, 0);
        assertThat(s.withVersion(9).sameAs(s)).isTrue();
        assertThat(s.withRepeat(RepeatMode.TRACK).sameAs(s)).isFalse();
        assertThat(s.withVolume("kitchen", 5).volumes()).isEqualTo(Map.of("kitchen", 5));
    }

    @Test
    void context_uris_parse_strictly() {
        assertThat(PlaybackContext.parse("tonearm:album:blue-train")).contains(
                new PlaybackContext(PlaybackContext.Type.ALBUM, "blue-train"));
        assertThat(PlaybackContext.parse("tonearm:playlist:p_1").map(PlaybackContext::uri)).contains("tonearm:playlist:p_1");
        for (String bad : new String[] {null, "", "tonearm:album:", "tonearm:album:a/b", "tonearm:album:a b",
            "TONEARM:album:x", "tonearm:track:x", "tonearm:album:" + "x".repeat(65), "tonearm:album:x\n"}) {
            assertThat(PlaybackContext.parse(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }
}
