package io.tonearm.agent.controls.pi4j;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import io.tonearm.agent.controls.AgentStatus;
import io.tonearm.agent.controls.Controls;
import io.tonearm.agent.controls.LocalControls;
import io.tonearm.agent.controls.PinMap;
import io.tonearm.agent.time.TimeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buttons, a volume knob and a status LED on GPIO through Pi4J. Inputs are active low with the
 * pull-ups on (a switch to ground). Play/pause held for {@link #LONG_PRESS_MS} stops; the knob's
 * push switch is a second play/pause. Every pin event and status change is handed to one
 * {@code owner} executor, which also calls {@link #tick()} every {@link #TICK_MS}, so the
 * debouncers, the decoder and the LED live on one thread.
 */
final class Pi4jControls implements Controls {
    static final long DEBOUNCE_MS = 30;
    static final long LONG_PRESS_MS = 800;
    static final long TICK_MS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(Pi4jControls.class);

    private final Context pi4j;
    private final Executor owner;
    private final List<Button> buttons = new ArrayList<>();
    private final Optional<StatusLed> led;

    /**
     * Claims the mapped pins from {@code pi4j}'s providers {@code inputProvider} and
     * {@code outputProvider}.
     *
     * @throws RuntimeException from Pi4J when a pin cannot be claimed
     */
    Pi4jControls(Context pi4j, String inputProvider, String outputProvider, PinMap pins, LocalControls target,
                 TimeSource time, Executor owner) {
        this.pi4j = pi4j;
        this.owner = owner;
        pins.playPause().ifPresent(p -> button(inputProvider, "play-pause", p,
                new Button(DEBOUNCE_MS, LONG_PRESS_MS, time, target::playPause, Optional.of(target::stop))));
        pins.next().ifPresent(p -> button(inputProvider, "next", p,
                new Button(DEBOUNCE_MS, LONG_PRESS_MS, time, target::next, Optional.empty())));
        pins.previous().ifPresent(p -> button(inputProvider, "previous", p,
                new Button(DEBOUNCE_MS, LONG_PRESS_MS, time, target::previous, Optional.empty())));
        pins.encoderButton().ifPresent(p -> button(inputProvider, "knob", p,
                new Button(DEBOUNCE_MS, LONG_PRESS_MS, time, target::playPause, Optional.of(target::stop))));
        if (pins.encoderA().isPresent()) {
            DigitalInput a = input(inputProvider, "knob-a", pins.encoderA().get());
            DigitalInput b = input(inputProvider, "knob-b", pins.encoderB().orElseThrow());
            QuadratureDecoder knob = new QuadratureDecoder(a.isHigh(), b.isHigh(), target::changeVolume);
            a.addListener(e -> owner.execute(() -> knob.pinA(e.state() == DigitalState.HIGH)));
            b.addListener(e -> owner.execute(() -> knob.pinB(e.state() == DigitalState.HIGH)));
        }
        this.led = pins.statusLed().map(p -> new StatusLed(output(outputProvider, p), time));
    }

    private void button(String provider, String name, int pin, Button button) {
        buttons.add(button);
        input(provider, name, pin).addListener(e -> owner.execute(() -> button.level(e.state() == DigitalState.LOW)));
    }

    private DigitalInput input(String provider, String name, int pin) {
        return pi4j.create(DigitalInput.newConfigBuilder(pi4j).id("tonearm-" + name).name(name).address(pin)
                .pull(PullResistance.PULL_UP).provider(provider));
    }

    private Consumer<Boolean> output(String provider, int pin) {
        DigitalOutput out = pi4j.create(DigitalOutput.newConfigBuilder(pi4j).id("tonearm-status-led").name("status")
                .address(pin).initial(DigitalState.LOW).shutdown(DigitalState.LOW).provider(provider));
        return on -> {
            try {
                out.state(on ? DigitalState.HIGH : DigitalState.LOW);
            } catch (RuntimeException e) {
                LOG.warn("status LED on BCM {} failed: {}", pin, e.toString());
            }
        };
    }

    /** Advances debouncing, long presses and the LED's pattern; on the owner thread. */
    void tick() {
        buttons.forEach(Button::tick);
        led.ifPresent(StatusLed::tick);
    }

    @Override
    public void onStatus(AgentStatus status) {
        owner.execute(() -> led.ifPresent(l -> l.show(status)));
    }

    @Override
    public void close() {
        try {
            pi4j.shutdown();
        } catch (RuntimeException e) {
            LOG.warn("Pi4J did not shut down cleanly: {}", e.toString());
        }
    }
}
