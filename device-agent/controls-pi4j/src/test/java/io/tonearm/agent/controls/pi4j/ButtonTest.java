package io.tonearm.agent.controls.pi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ButtonTest {
    final VirtualTime time = new VirtualTime();
    final List<String> fired = new ArrayList<>();
    final Button withLong = new Button(30, 800, time, () -> fired.add("press"), Optional.of(() -> fired.add("long")));
    final Button plain = new Button(30, 800, time, () -> fired.add("press"), Optional.empty());

    void hold(Button b, long ms) {
        for (long t = 0; t < ms; t += 10) {
            time.advance(10);
            b.tick();
        }
    }

    @Test
    void a_bouncing_press_and_release_is_one_press() {
        for (int i = 0; i < 5; i++) { // contact bounce: edges 2 ms apart
            withLong.level(true);
            time.advance(2);
            withLong.level(false);
            time.advance(2);
        }
        withLong.level(true);
        hold(withLong, 100);
        withLong.level(false);
        withLong.level(true);
        time.advance(1);
        withLong.level(false);
        hold(withLong, 50);

        assertThat(fired).containsExactly("press");
    }

    @Test
    void a_glitch_shorter_than_the_debounce_time_is_no_press() {
        withLong.level(true);
        time.advance(29);
        withLong.tick();
        withLong.level(false);
        hold(withLong, 200);

        assertThat(fired).isEmpty();
    }

    @Test
    void a_long_press_fires_while_held_and_its_release_fires_nothing() {
        withLong.level(true);
        hold(withLong, 790);
        assertThat(fired).isEmpty();
        hold(withLong, 60);
        assertThat(fired).containsExactly("long");
        withLong.level(false);
        hold(withLong, 100);

        assertThat(fired).containsExactly("long");
    }

    @Test
    void without_a_long_action_a_press_fires_once_it_is_stable() {
        plain.level(true);
        hold(plain, 40);
        assertThat(fired).containsExactly("press");
        hold(plain, 2000);
        plain.level(false);
        hold(plain, 40);

        assertThat(fired).containsExactly("press");
    }

    @Test
    void two_separate_presses_fire_twice() {
        for (int i = 0; i < 2; i++) {
            withLong.level(true);
            hold(withLong, 100);
            withLong.level(false);
            hold(withLong, 100);
        }
        assertThat(fired).containsExactly("press", "press");
    }

    @Test
    void refuses_a_long_press_time_not_above_the_debounce_time() {
        assertThatThrownBy(() -> new Button(30, 30, time, () -> { }, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Button(-1, 30, time, () -> { }, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
