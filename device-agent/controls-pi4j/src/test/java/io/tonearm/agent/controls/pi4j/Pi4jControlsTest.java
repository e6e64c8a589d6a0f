package io.tonearm.agent.controls.pi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import io.tonearm.agent.controls.AgentStatus;
import io.tonearm.agent.controls.LocalControls;
import io.tonearm.agent.controls.PinMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The controls on Pi4J's mock platform: pins driven by the test, time virtual, one thread. */
class Pi4jControlsTest {
    static final PinMap RPI4 = new PinMap(Optional.of(17), Optional.of(27), Optional.of(22), Optional.of(5), Optional.of(6),
            Optional.of(13), Optional.of(12));

    final VirtualTime time = new VirtualTime();
    final List<String> commands = new ArrayList<>();
    final LocalControls recorder = new LocalControls() {
        @Override
        public void playPause() {
            commands.add("play-pause");
        }

        @Override
        public void next() {
            commands.add("next");
        }

        @Override
        public void previous() {
            commands.add("previous");
        }

        @Override
        public void stop() {
            commands.add("stop");
        }

        @Override
        public void changeVolume(int steps) {
            commands.add("volume " + steps);
        }
    };
    Context pi4j;
    Pi4jControls controls;

    @BeforeEach
    void start() {
        pi4j = Pi4J.newContextBuilder().add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
        controls = new Pi4jControls(pi4j, MockDigitalInputProvider.ID, MockDigitalOutputProvider.ID, RPI4, recorder, time, Runnable::run);
        for (String button : List.of("play-pause", "next", "previous", "knob")) {
            pin(button).mockState(DigitalState.HIGH); // released: the pull-up holds the line high
        }
    }

    @AfterEach
    void stop() {
        controls.close();
    }

    MockDigitalInput pin(String name) {
        return pi4j.registry().get("tonearm-" + name, MockDigitalInput.class);
    }

    void run(long ms) {
        for (long t = 0; t < ms; t += Pi4jControls.TICK_MS) {
            time.advance(Pi4jControls.TICK_MS);
            controls.tick();
        }
    }

    void press(String button, long ms) {
        pin(button).mockState(DigitalState.LOW);
        pin(button).mockState(DigitalState.HIGH); // bounce
        pin(button).mockState(DigitalState.LOW);
        run(ms);
        pin(button).mockState(DigitalState.HIGH);
        run(100);
    }

    boolean ledLit() {
        return pi4j.registry().get("tonearm-status-led", DigitalOutput.class).state() == DigitalState.HIGH;
    }

    @Test
    void each_button_sends_its_command_once_despite_bounce() {
        press("play-pause", 100);
        press("next", 100);
        press("previous", 100);
        press("knob", 100);

        assertThat(commands).containsExactly("play-pause", "next", "previous", "play-pause");
    }

    @Test
    void holding_play_pause_stops() {
        press("play-pause", 1000);

        assertThat(commands).containsExactly("stop");
    }

    @Test
    void turning_the_knob_changes_the_volume_a_step_per_detent() {
        MockDigitalInput a = pin("knob-a");
        MockDigitalInput b = pin("knob-b");
        for (int i = 0; i < 3; i++) { // clockwise from rest at 00: A leads
            a.mockState(DigitalState.HIGH);
            b.mockState(DigitalState.HIGH);
            a.mockState(DigitalState.LOW);
            b.mockState(DigitalState.LOW);
        }
        b.mockState(DigitalState.HIGH); // one counter-clockwise
        a.mockState(DigitalState.HIGH);
        b.mockState(DigitalState.LOW);
        a.mockState(DigitalState.LOW);

        assertThat(commands).containsExactly("volume 1", "volume 1", "volume 1", "volume -1");
    }

    @Test
    void the_status_led_blinks_while_connecting_and_is_steady_while_playing() {
        assertThat(ledLit()).isFalse();
        controls.onStatus(AgentStatus.CONNECTING);
        assertThat(ledLit()).isTrue();
        run(600);
        assertThat(ledLit()).isFalse();
        controls.onStatus(AgentStatus.PLAYING);
        run(3000);
        assertThat(ledLit()).isTrue();
        controls.onStatus(AgentStatus.IDLE);
        assertThat(ledLit()).isFalse();
    }

    @Test
    void a_pin_another_owner_holds_cannot_be_claimed() {
        PinMap clash = new PinMap(Optional.of(17), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> new Pi4jControls(pi4j, MockDigitalInputProvider.ID, MockDigitalOutputProvider.ID, clash,
                recorder, time, Runnable::run)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void only_the_mapped_pins_are_claimed() {
        PinMap knobOnly = new PinMap(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(5), Optional.of(6),
                Optional.empty(), Optional.empty());
        Context other = Pi4J.newContextBuilder().add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
        try (Pi4jControls c = new Pi4jControls(other, MockDigitalInputProvider.ID, MockDigitalOutputProvider.ID, knobOnly,
                recorder, time, Runnable::run)) {
            assertThat(other.registry().all().keySet()).containsExactlyInAnyOrder("tonearm-knob-a", "tonearm-knob-b");
            c.onStatus(AgentStatus.ERROR); // no LED: nothing to show, nothing fails
        }
    }
}
