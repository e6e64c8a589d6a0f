package io.tonearm.agent.controls.pi4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.agent.controls.AgentStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusLedTest {
    final VirtualTime time = new VirtualTime();
    final List<Boolean> writes = new ArrayList<>();
    final StatusLed led = new StatusLed(writes::add, time);

    /** The LED's level every {@code stepMs} over {@code ms}. */
    List<Boolean> sample(long ms, long stepMs) {
        List<Boolean> out = new ArrayList<>();
        for (long t = 0; t < ms; t += stepMs) {
            led.tick();
            out.add(writes.get(writes.size() - 1));
            time.advance(stepMs);
        }
        return out;
    }

    @Test
    void starts_dark_and_connecting_blinks_once_a_second() {
        assertThat(writes).containsExactly(false);
        led.show(AgentStatus.CONNECTING);

        assertThat(sample(2000, 250)).containsExactly(true, true, false, false, true, true, false, false);
    }

    @Test
    void playing_is_steady_and_idle_is_dark() {
        led.show(AgentStatus.PLAYING);
        assertThat(sample(3000, 100)).containsOnly(true);
        led.show(AgentStatus.IDLE);
        assertThat(sample(3000, 100)).containsOnly(false);
    }

    @Test
    void an_error_blinks_fast_and_pause_flashes_briefly() {
        led.show(AgentStatus.ERROR);
        assertThat(sample(400, 50)).containsExactly(true, true, false, false, true, true, false, false);
        led.show(AgentStatus.PAUSED);
        List<Boolean> paused = sample(4000, 50);
        assertThat(paused.stream().filter(b -> b)).hasSize(4);
    }

    @Test
    void writes_the_pin_only_when_its_level_changes() {
        led.show(AgentStatus.PLAYING);
        sample(1000, 10);
        led.show(AgentStatus.PLAYING);

        assertThat(writes).containsExactly(false, true);
    }

    @Test
    void every_status_has_a_pattern() {
        for (AgentStatus s : AgentStatus.values()) {
            assertThat(StatusLed.patternOf(s)).isNotNull();
        }
    }
}
