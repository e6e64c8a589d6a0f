package io.tonearm.profiles;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code gpio}: BCM pin numbers 0-27 (the 40-pin header's GPIO lines) for buttons, a rotary
 * encoder and LEDs. Every group and pin is optional; no pin may serve two functions.
 */
final class GpioReader {
    static final int MAX_PIN = 27;
    private final Map<Integer, String> usedBy = new HashMap<>();

    Profile.Gpio read(Node gpio) throws ProfileException {
        Optional<Node> b = gpio.optionalChild("buttons");
        Profile.Buttons buttons = new Profile.Buttons(Optional.empty(), Optional.empty(), Optional.empty());
        if (b.isPresent()) {
            buttons = new Profile.Buttons(pin(b.get(), "play-pause"), pin(b.get(), "next"), pin(b.get(), "previous"));
            b.get().noOtherKeys();
        }
        Optional<Node> r = gpio.optionalChild("rotary-encoder");
        Profile.RotaryEncoder encoder = new Profile.RotaryEncoder(Optional.empty(), Optional.empty(), Optional.empty());
        if (r.isPresent()) {
            Optional<Integer> a = pin(r.get(), "a");
            Optional<Integer> bPin = pin(r.get(), "b");
            Optional<Integer> button = pin(r.get(), "button");
            if (a.isPresent() != bPin.isPresent()) {
                String missing = a.isPresent() ? "b" : "a";
                throw r.get().error(r.get().at(missing), "a pin (an encoder needs both a and b)", "nothing (the key is missing)");
            }
            r.get().noOtherKeys();
            encoder = new Profile.RotaryEncoder(a, bPin, button);
        }
        Optional<Node> l = gpio.optionalChild("leds");
        Profile.Leds leds = new Profile.Leds(Optional.empty());
        if (l.isPresent()) {
            leds = new Profile.Leds(pin(l.get(), "status"));
            l.get().noOtherKeys();
        }
        gpio.noOtherKeys();
        return new Profile.Gpio(buttons, encoder, leds);
    }

    private Optional<Integer> pin(Node group, String key) throws ProfileException {
        Optional<Integer> pin = group.optionalInteger(key, 0, MAX_PIN);
        if (pin.isPresent()) {
            String previous = usedBy.putIfAbsent(pin.get(), group.at(key));
            if (previous != null) {
                throw group.error(group.at(key), "a BCM pin no other gpio key uses", pin.get() + ", already " + previous);
            }
        }
        return pin;
    }
}
