package io.tonearm.hub.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.device.DeviceState;
import io.tonearm.hub.device.PlaybackStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandoffArithmeticTest {

    @Test
    void a_round_trip_gives_the_offset_and_the_time_spent_on_the_wire() {
        // The device's clock runs 1000 ms ahead; 10 ms each way; the device took 2 ms to answer.
        ClockEstimate e = ClockEstimate.fromRoundTrip(5000, 6010, 6012, 5022);
        assertThat(e.offsetMs()).isEqualTo(1000);
        assertThat(e.roundTripMs()).isEqualTo(20);
        assertThat(e.toDevice(7000)).isEqualTo(8000);
        assertThat(e.toHub(8000)).isEqualTo(7000);
    }

    @Test
    void a_device_that_does_not_say_when_it_received_the_probe_is_taken_at_its_answer() {
        ClockEstimate e = ClockEstimate.fromRoundTrip(5000, 0, 4011, 5020);
        assertThat(e.offsetMs()).isEqualTo(-999); // the answer against the midpoint of 5000 and 5020
        assertThat(e.roundTripMs()).isEqualTo(20);
    }

    @Test
    void asymmetric_delays_err_by_at_most_half_the_round_trip() {
        // 2 ms out, 28 ms back, clocks equal: the estimate is off by 13 ms, under half of 30.
        ClockEstimate e = ClockEstimate.fromRoundTrip(0, 2, 2, 30);
        assertThat(Math.abs(e.offsetMs())).isLessThanOrEqualTo(e.roundTripMs() / 2);
    }

    @Test
    void the_switch_waits_for_the_target_but_never_comes_before_the_prepared_position() {
        DeviceState source = new DeviceState(PlaybackStatus.PLAYING, Optional.of("tonearm:track:a"), 10_000, 2_000_500,
                180_000, 50, 3, List.of("tonearm:track:a"), 0);
        HandoffPlan plan = HandoffPlan.of(source, new ClockEstimate(500, 2, 0));
        // The report was made at device 2 000 500 = hub 2 000 000, at 10 s into the track.
        assertThat(plan.positionAt(2_001_000)).isEqualTo(11_000);
        long prepared = plan.preparePosition(2_001_000, 250);
        assertThat(prepared).isEqualTo(11_250);
        // Ready early: the switch is when the source reaches the prepared position.
        assertThat(plan.switchAt(2_001_050, 80, prepared)).isEqualTo(2_001_250);
        // Ready late: margin after ready, and the target decodes forward to the later position.
        long late = plan.switchAt(2_001_400, 80, prepared);
        assertThat(late).isEqualTo(2_001_480);
        assertThat(plan.positionAt(late)).isEqualTo(11_480);
    }

    @Test
    void a_track_about_to_end_is_recognised() {
        DeviceState source = new DeviceState(PlaybackStatus.PLAYING, Optional.of("tonearm:track:a"), 9_000, 1_000,
                10_000, 50, 3, List.of("tonearm:track:a"), 0);
        HandoffPlan plan = HandoffPlan.of(source, new ClockEstimate(0, 1, 0));
        assertThat(plan.endsBefore(1_100, 500)).isFalse();
        assertThat(plan.endsBefore(1_600, 500)).isTrue();
    }
}
