package io.tonearm.agent.controls.pi4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuadratureDecoderTest {
    final List<Integer> steps = new ArrayList<>();
    final QuadratureDecoder knob = new QuadratureDecoder(true, true, steps::add);

    /** One detent clockwise from rest at 11: A leads B (11 → 01 → 00 → 10 → 11). */
    void clockwise() {
        knob.pinA(false);
        knob.pinB(false);
        knob.pinA(true);
        knob.pinB(true);
    }

    void counterClockwise() {
        knob.pinB(false);
        knob.pinA(false);
        knob.pinB(true);
        knob.pinA(true);
    }

    @Test
    void one_detent_each_way_is_one_step_each_way() {
        clockwise();
        clockwise();
        counterClockwise();

        assertThat(steps).containsExactly(1, 1, -1);
    }

    @Test
    void a_half_turn_and_back_is_no_step() {
        knob.pinA(false);
        knob.pinB(false);
        knob.pinA(true); // three quarters
        knob.pinA(false);
        knob.pinB(true);
        knob.pinA(true); // back to rest

        assertThat(steps).isEmpty();
    }

    @Test
    void repeated_levels_and_a_lost_edge_move_nothing() {
        knob.pinA(true);
        knob.pinB(true);
        knob.pinA(false);
        knob.pinA(false); // the same level twice
        knob.pinB(false);
        knob.pinA(true);
        knob.pinB(true);

        assertThat(steps).containsExactly(1);
    }

    @Test
    void chatter_on_one_pin_cancels_out() {
        for (int i = 0; i < 50; i++) {
            knob.pinA(false);
            knob.pinA(true);
        }
        assertThat(steps).isEmpty();
    }
}
