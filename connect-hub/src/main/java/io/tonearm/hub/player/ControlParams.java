package io.tonearm.hub.player;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The query parameters of the seek and volume endpoints, read strictly: one value, plain decimal
 * digits, inside the range. Anything else is a 400 whose message says what is expected.
 */
final class ControlParams {

    /** A day: longer than any track, and far from overflowing anything downstream. */
    static final long MAX_POSITION_MS = 86_400_000L;

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private ControlParams() {
    }

    /** {@code position_ms} of {@code PUT /v1/me/player/seek}: 0 to {@link #MAX_POSITION_MS}. */
    static long positionMs(List<String> values) {
        return wholeNumber("position_ms", values, MAX_POSITION_MS);
    }

    /** {@code volume_percent} of {@code PUT /v1/me/player/volume}: 0 to 100. */
    static int volumePercent(List<String> values) {
        return (int) wholeNumber("volume_percent", values, 100);
    }

    private static long wholeNumber(String name, List<String> values, long max) {
        if (values.isEmpty() || values.get(0).isEmpty()) {
            throw PlayerException.badRequest(name + " is required");
        }
        if (values.size() > 1) {
            throw PlayerException.badRequest(name + " must be given once");
        }
        String value = values.get(0);
        if (!DIGITS.matcher(value).matches() || Long.parseLong(value) > max) {
            throw PlayerException.badRequest(name + " must be a whole number from 0 to " + max);
        }
        return Long.parseLong(value);
    }
}
