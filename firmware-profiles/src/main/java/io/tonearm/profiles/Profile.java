package io.tonearm.profiles;

import java.util.Set;

/**
 * One device product's settings, loaded from {@code profiles/NAME.yaml}. Every value is checked
 * when the profile loads; see firmware-profiles/README.md for the schema.
 */
public record Profile(String name, String deviceType, Audio audio, Streaming streaming, Hub hub, Control control) {
    public static final Set<String> DEVICE_TYPES = Set.of("speaker", "car", "tv", "computer", "board");

    public Profile {
        if (!DEVICE_TYPES.contains(deviceType)) {
            throw new IllegalArgumentException("device.type must be one of " + DEVICE_TYPES);
        }
    }

    /** Output: {@code sink} is alsa, pipe, null or wav; {@code device} part of a mixer name or empty. */
    public record Audio(String sink, String device, int bufferMs, int initialVolume) {
    }

    /** {@code maxQuality} in kbit/s (24, 96, 160, 320); {@code chunkFrames} moved per decode step. */
    public record Streaming(int maxQuality, int chunkFrames) {
    }

    /** How to reach the hub: {@code transport} mqtt, {@code url} like tcp://host:1883. */
    public record Hub(String transport, String url) {
    }

    /** The control plane's base URL. */
    public record Control(String url) {
    }
}
