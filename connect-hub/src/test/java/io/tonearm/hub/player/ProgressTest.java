package io.tonearm.hub.player;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.device.Device;
import io.tonearm.hub.device.DeviceState;
import io.tonearm.hub.device.PlaybackStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final Instant RECEIVED = Instant.ofEpochMilli(1_000_000);

    private static Device.Reported report(PlaybackStatus status, long position, long timestamp, long duration) {
        return new Device.Reported(new DeviceState(status, Optional.of("tonearm:track:t"), position, timestamp, duration,
                50, 1, List.of(), 0), RECEIVED);
    }

    @Test
    void while_playing_the_position_moves_on_from_the_reports_timestamp() {
        Device.Reported r = report(PlaybackStatus.PLAYING, 2_000, 1_000_000, 60_000);
        assertThat(Progress.at(r, RECEIVED.plusMillis(1_500))).isEqualTo(3_500);
    }

    @Test
    void without_a_device_timestamp_the_hubs_receive_time_anchors_the_position() {
        Device.Reported r = report(PlaybackStatus.PLAYING, 2_000, 0, 60_000);
        assertThat(Progress.at(r, RECEIVED.plusMillis(700))).isEqualTo(2_700);
    }

    @Test
    void a_paused_position_stays_where_it_was() {
        Device.Reported r = report(PlaybackStatus.PAUSED, 2_000, 1_000_000, 60_000);
        assertThat(Progress.at(r, RECEIVED.plusSeconds(30))).isEqualTo(2_000);
    }

    @Test
    void the_position_never_passes_the_end_of_the_track_nor_goes_back() {
        assertThat(Progress.at(report(PlaybackStatus.PLAYING, 59_000, 1_000_000, 60_000), RECEIVED.plusSeconds(10)))
                .isEqualTo(60_000);
        assertThat(Progress.at(report(PlaybackStatus.PLAYING, 5_000, 1_000_000, 60_000), RECEIVED.minusSeconds(3)))
                .isEqualTo(5_000);
    }
}
