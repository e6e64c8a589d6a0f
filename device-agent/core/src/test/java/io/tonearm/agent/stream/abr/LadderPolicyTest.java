package io.tonearm.agent.stream.abr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tonearm.agent.stream.Quality;
import org.junit.jupiter.api.Test;

class LadderPolicyTest {
    private static final long HOLD = 10_000_000_000L;
    private final LadderPolicy policy = LadderPolicy.defaults();

    @Test
    void starts_at_the_best_quality_the_link_carries_with_headroom_under_the_ceiling() {
        assertEquals(Quality.KBPS_320, policy.start(Quality.KBPS_320, 0), "unmeasured: the ceiling");
        assertEquals(Quality.KBPS_320, policy.start(Quality.KBPS_320, 480_000));
        assertEquals(Quality.KBPS_160, policy.start(Quality.KBPS_320, 479_999));
        assertEquals(Quality.KBPS_96, policy.start(Quality.KBPS_160, 200_000));
        assertEquals(Quality.KBPS_24, policy.start(Quality.KBPS_320, 10_000), "the lowest even if the link cannot carry it");
        assertEquals(Quality.KBPS_96, policy.start(Quality.KBPS_96, 10_000_000), "never above the ceiling");
    }

    @Test
    void steps_down_to_what_the_link_sustains_when_the_buffer_runs_low() {
        assertEquals(Quality.KBPS_96, policy.choose(Quality.KBPS_320, Quality.KBPS_320, 200_000, 2999, HOLD));
        assertEquals(Quality.KBPS_24, policy.choose(Quality.KBPS_320, Quality.KBPS_320, 100_000, 0, HOLD));
    }

    @Test
    void does_not_step_down_while_the_buffer_holds_or_the_link_sustains_the_quality() {
        assertEquals(Quality.KBPS_320, policy.choose(Quality.KBPS_320, Quality.KBPS_320, 200_000, 3000, HOLD));
        assertEquals(Quality.KBPS_320, policy.choose(Quality.KBPS_320, Quality.KBPS_320, 480_000, 100, HOLD));
    }

    @Test
    void steps_up_one_tier_once_the_buffer_is_full_and_the_link_has_recovered() {
        assertEquals(Quality.KBPS_160, policy.choose(Quality.KBPS_96, Quality.KBPS_320, 10_000_000, 8000, HOLD));
        assertEquals(Quality.KBPS_96, policy.choose(Quality.KBPS_96, Quality.KBPS_320, 10_000_000, 7999, HOLD));
        assertEquals(Quality.KBPS_96, policy.choose(Quality.KBPS_96, Quality.KBPS_320, 239_999, 9000, HOLD), "160 needs 240 kbit/s");
        assertEquals(Quality.KBPS_160, policy.choose(Quality.KBPS_160, Quality.KBPS_160, 10_000_000, 9000, HOLD), "the ceiling holds");
    }

    @Test
    void holds_still_after_a_switch_and_without_a_measurement() {
        assertEquals(Quality.KBPS_320, policy.choose(Quality.KBPS_320, Quality.KBPS_320, 100_000, 0, HOLD - 1));
        assertEquals(Quality.KBPS_320, policy.choose(Quality.KBPS_320, Quality.KBPS_320, 0, 0, HOLD));
    }

    @Test
    void a_lowered_ceiling_applies_at_once() {
        assertEquals(Quality.KBPS_96, policy.choose(Quality.KBPS_320, Quality.KBPS_96, 10_000_000, 9000, 0));
    }

    @Test
    void refuses_settings_that_cannot_work() {
        assertThrows(IllegalArgumentException.class, () -> new LadderPolicy(0.9, 1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new LadderPolicy(Double.NaN, 1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new LadderPolicy(1.5, 2, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new LadderPolicy(1.5, 1, 2, -1));
    }
}
