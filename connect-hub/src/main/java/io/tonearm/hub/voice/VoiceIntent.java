package io.tonearm.hub.voice;

import java.util.Locale;
import java.util.Optional;

/**
 * What a voice assistant wants done: the kind, and what it names — a query to search for, a device
 * by the name people gave it, a volume. Built from a structured intent or parsed from an utterance.
 */
public record VoiceIntent(Kind kind, Optional<String> query, Optional<String> device, Optional<Integer> volumePercent) {

    /** The intents, with their names on the wire ({@code "volume_up"}, …). */
    public enum Kind {
        PLAY, PAUSE, RESUME, NEXT, PREVIOUS, VOLUME_UP, VOLUME_DOWN, VOLUME_SET, TRANSFER, WHAT_IS_PLAYING;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromWireName(String name) {
            for (Kind k : values()) {
                if (k.wireName().equals(name)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** Longest query or device name taken from a request; longer ones are cut. */
    public static final int MAX_TEXT = 200;

    public VoiceIntent {
        if (kind == null || query == null || device == null || volumePercent == null) {
            throw new IllegalArgumentException("kind is required; query, device and volume are present or empty");
        }
        query = query.map(String::strip).filter(q -> !q.isEmpty()).map(VoiceIntent::bounded);
        device = device.map(String::strip).filter(d -> !d.isEmpty()).map(VoiceIntent::bounded);
        if (volumePercent.filter(v -> v < 0 || v > 100).isPresent()) {
            throw new IllegalArgumentException("volume must be 0-100");
        }
        if (kind == Kind.TRANSFER && device.isEmpty()) {
            throw new IllegalArgumentException("a transfer names the device to move to");
        }
        if (kind == Kind.VOLUME_SET && volumePercent.isEmpty()) {
            throw new IllegalArgumentException("volume_set needs volume_percent");
        }
    }

    static VoiceIntent of(Kind kind) {
        return new VoiceIntent(kind, Optional.empty(), Optional.empty(), Optional.empty());
    }

    VoiceIntent on(Optional<String> deviceName) {
        return new VoiceIntent(kind, query, deviceName, volumePercent);
    }

    private static String bounded(String s) {
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }
}
