package io.tonearm.profiles;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One device product's effective settings: its YAML file with every base it {@code extends} merged
 * in. Every value is checked when the profile loads; see firmware-profiles/README.md for the schema.
 * Components are in schema order, the order {@link ProfileWriter} prints them in.
 */
public record Profile(String name, String deviceType, Audio audio, Streaming streaming, Hub hub, Control control,
                      Cache cache, Jvm jvm, Gpio gpio, Capabilities capabilities) {
    public static final Set<String> DEVICE_TYPES = Set.of("speaker", "car", "tv", "computer", "board");

    public Profile {
        Objects.requireNonNull(name, "name");
        if (!DEVICE_TYPES.contains(deviceType)) {
            throw new IllegalArgumentException("device.type must be one of " + DEVICE_TYPES);
        }
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(streaming, "streaming");
        Objects.requireNonNull(hub, "hub");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(jvm, "jvm");
        Objects.requireNonNull(gpio, "gpio");
        Objects.requireNonNull(capabilities, "capabilities");
    }

    /**
     * Output: {@code sink} is alsa, pipe, null or wav; {@code device} part of a mixer name or empty;
     * {@code sampleRate} the rate to play at, or empty for each stream's own rate.
     */
    public record Audio(String sink, String device, int bufferMs, int initialVolume, Optional<Integer> sampleRate) {
        public Audio {
            Objects.requireNonNull(sink, "sink");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(sampleRate, "sampleRate");
        }
    }

    /**
     * {@code maxQuality} in kbit/s (24, 96, 160, 320); {@code chunkFrames} moved per decode step;
     * {@code readAheadKb} fetched ahead of the play position; {@code gaplessLeadMs} how long before
     * a track ends the next one is prepared.
     */
    public record Streaming(int maxQuality, int chunkFrames, int readAheadKb, int gaplessLeadMs) {
    }

    /** A way to reach the hub; {@link #yaml()} is how profiles write it. */
    public enum Transport {
        MQTT, COAP;

        public String yaml() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How to reach the hub: the transports in order of preference, and a URL for each listed one
     * ({@code tcp://host:1883} for MQTT, {@code coap://host:5683} or {@code coaps://…} for CoAP).
     */
    public record Hub(List<Transport> transports, Optional<String> mqttUrl, Optional<String> coapUrl) {
        public Hub {
            transports = List.copyOf(transports);
            if (transports.isEmpty() || Set.copyOf(transports).size() != transports.size()) {
                throw new IllegalArgumentException("hub.transports must be non-empty without duplicates");
            }
            if (transports.contains(Transport.MQTT) != mqttUrl.isPresent()
                    || transports.contains(Transport.COAP) != coapUrl.isPresent()) {
                throw new IllegalArgumentException("hub needs a URL for each listed transport and no other");
            }
        }
    }

    /** The control plane's base URL. */
    public record Control(String url) {
        public Control {
            Objects.requireNonNull(url, "url");
        }
    }

    /** The audio cache on the device; 0 means none. */
    public record Cache(int sizeMb) {
    }

    /** The JVM the agent runs in: its flags in order and the resident-memory budget it must fit. */
    public record Jvm(List<String> flags, int memoryBudgetMb) {
        public Jvm {
            flags = List.copyOf(flags);
        }
    }

    /** BCM pin numbers (0-27) of the board's controls; each may be absent, none is used twice. */
    public record Gpio(Buttons buttons, RotaryEncoder rotaryEncoder, Leds leds) {
        public static final Gpio NONE = new Gpio(new Buttons(Optional.empty(), Optional.empty(), Optional.empty()),
                new RotaryEncoder(Optional.empty(), Optional.empty(), Optional.empty()), new Leds(Optional.empty()));

        public Gpio {
            Objects.requireNonNull(buttons, "buttons");
            Objects.requireNonNull(rotaryEncoder, "rotaryEncoder");
            Objects.requireNonNull(leds, "leds");
        }

        public boolean isEmpty() {
            return equals(NONE);
        }
    }

    public record Buttons(Optional<Integer> playPause, Optional<Integer> next, Optional<Integer> previous) {
    }

    /** An encoder's two quadrature pins ({@code a}, {@code b}: both or neither) and its push button. */
    public record RotaryEncoder(Optional<Integer> a, Optional<Integer> b, Optional<Integer> button) {
        public RotaryEncoder {
            if (a.isPresent() != b.isPresent()) {
                throw new IllegalArgumentException("a rotary encoder needs both pins a and b");
            }
        }
    }

    public record Leds(Optional<Integer> status) {
    }

    /**
     * What the device can do, as the hub and phone apps see it (the hello's capabilities):
     * {@code hardwareVolume} means volume goes to a hardware mixer rather than scaling samples.
     */
    public record Capabilities(boolean volumeControl, boolean hardwareVolume, boolean display, boolean groups) {
    }
}
