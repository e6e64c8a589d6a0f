package io.tonearm.agent.controls;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The BCM pin numbers (0-27) of a board's controls, each optional and none used twice: three
 * buttons, a rotary encoder's quadrature pins {@code encoderA}/{@code encoderB} (both or neither)
 * and its push switch, and a status LED.
 */
public record PinMap(Optional<Integer> playPause, Optional<Integer> next, Optional<Integer> previous,
                     Optional<Integer> encoderA, Optional<Integer> encoderB, Optional<Integer> encoderButton,
                     Optional<Integer> statusLed) {
    public static final int MAX_BCM_PIN = 27;

    public PinMap {
        List<Optional<Integer>> all = List.of(Objects.requireNonNull(playPause), Objects.requireNonNull(next),
                Objects.requireNonNull(previous), Objects.requireNonNull(encoderA), Objects.requireNonNull(encoderB),
                Objects.requireNonNull(encoderButton), Objects.requireNonNull(statusLed));
        List<Integer> used = new ArrayList<>();
        all.forEach(p -> p.ifPresent(used::add));
        for (int pin : used) {
            if (pin < 0 || pin > MAX_BCM_PIN) {
                throw new IllegalArgumentException("BCM pin out of range 0-27: " + pin);
            }
        }
        if (new HashSet<>(used).size() != used.size()) {
            throw new IllegalArgumentException("a pin serves two functions: " + used);
        }
        if (encoderA.isPresent() != encoderB.isPresent()) {
            throw new IllegalArgumentException("a rotary encoder needs both pins a and b");
        }
    }

    public boolean isEmpty() {
        return playPause.isEmpty() && next.isEmpty() && previous.isEmpty() && encoderA.isEmpty()
                && encoderButton.isEmpty() && statusLed.isEmpty();
    }
}
