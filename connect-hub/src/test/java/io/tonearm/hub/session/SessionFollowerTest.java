package io.tonearm.hub.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.device.DeviceState;
import io.tonearm.hub.device.PlaybackStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionFollowerTest {

    static final Instant T0 = PlaybackSessionTest.T0;
    static final List<String> ABC = PlaybackSessionTest.ABC;

    static DeviceState report(PlaybackStatus status, List<String> queue, int index, long position, int volume) {
        return new DeviceState(status, Optional.of(queue.get(index)), position, 0, 180_000, volume, 5, queue, index);
    }

    @Test
    void a_track_change_on_the_device_advances_the_index_and_re_anchors_the_position() {
        PlaybackSession s = PlaybackSessionTest.playing(ABC, 0);
        PlaybackSession after = SessionFollower.follow(s, "kitchen",
                report(PlaybackStatus.PLAYING, ABC, 1, 200, 40), T0.plusSeconds(181));
        assertThat(after.index()).isEqualTo(1);
        assertThat(after.positionMs()).isEqualTo(200);
        assertThat(after.anchoredAt()).isEqualTo(T0.plusSeconds(181));
        assertThat(after.volumes()).containsEntry("kitchen", 40);
        assertThat(after.context()).isEqualTo(s.context());
    }

    @Test
    void a_report_that_agrees_with_the_extrapolated_position_changes_only_the_volume() {
        PlaybackSession s = PlaybackSessionTest.playing(ABC, 0).withVolume("kitchen", 40);
        PlaybackSession after = SessionFollower.follow(s, "kitchen",
                report(PlaybackStatus.PLAYING, ABC, 0, 1000 + 5000 + 300, 40), T0.plusSeconds(5));
        assertThat(after.sameAs(s)).as("drift under a second is no change").isTrue();
    }

    @Test
    void pausing_on_the_device_pauses_the_session() {
        PlaybackSession s = PlaybackSessionTest.playing(ABC, 0);
        PlaybackSession after = SessionFollower.follow(s, "kitchen",
                report(PlaybackStatus.PAUSED, ABC, 0, 4000, 40), T0.plusSeconds(3));
        assertThat(after.playing()).isFalse();
        assertThat(after.positionAt(T0.plusSeconds(100))).isEqualTo(4000);
    }

    @Test
    void an_older_list_of_ours_does_not_undo_a_queue_add() {
        PlaybackSession s = PlaybackSessionTest.playing(ABC, 0).enqueued("tonearm:track:q");
        PlaybackSession after = SessionFollower.follow(s, "kitchen",
                report(PlaybackStatus.PLAYING, ABC, 0, 1000, 40), T0);
        assertThat(after.playOrder()).isEqualTo(s.playOrder());
        assertThat(after.queued()).isEqualTo(1);
    }

    @Test
    void a_list_the_session_does_not_know_is_adopted_without_a_context() {
        List<String> other = List.of("tonearm:track:x", "tonearm:track:y");
        PlaybackSession after = SessionFollower.follow(PlaybackSessionTest.playing(ABC, 0), "kitchen",
                report(PlaybackStatus.PLAYING, other, 1, 10, 40), T0);
        assertThat(after.playOrder()).isEqualTo(other);
        assertThat(after.index()).isEqualTo(1);
        assertThat(after.context()).isEmpty();
        assertThat(after.activeDeviceId()).contains("kitchen");
    }

    @Test
    void a_restarted_hub_rebuilds_the_session_from_the_first_report() {
        PlaybackSession after = SessionFollower.follow(PlaybackSession.EMPTY, "kitchen",
                report(PlaybackStatus.PLAYING, ABC, 2, 5000, 55), T0);
        assertThat(after.activeDeviceId()).contains("kitchen");
        assertThat(after.currentTrack()).contains("tonearm:track:c");
        assertThat(after.playing()).isTrue();
        assertThat(after.volumes()).containsEntry("kitchen", 55);
    }

    @Test
    void reports_of_another_device_leave_the_session_alone() {
        PlaybackSession s = PlaybackSessionTest.playing(ABC, 0);
        assertThat(SessionFollower.follow(s, "car", report(PlaybackStatus.PLAYING, ABC, 2, 0, 10), T0)).isEqualTo(s);
    }

    @Test
    void a_device_that_stopped_with_nothing_loaded_stops_the_session() {
        PlaybackSession s = PlaybackSessionTest.playing(ABC, 0);
        DeviceState idle = new DeviceState(PlaybackStatus.STOPPED, Optional.empty(), 0, 0, 0, 30, 5, List.of(), 0);
        PlaybackSession after = SessionFollower.follow(s, "kitchen", idle, T0.plusSeconds(2));
        assertThat(after.playing()).isFalse();
        assertThat(after.positionMs()).isEqualTo(3000);
    }
}
