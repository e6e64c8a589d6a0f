package io.tonearm.hub.player;

import io.tonearm.hub.device.RepeatMode;
import io.tonearm.protocol.WireCodec;
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

    /** {@code state} of {@code PUT /v1/me/player/repeat}: {@code track}, {@code context} or {@code off}. */
    static RepeatMode repeatState(List<String> values) {
        return RepeatMode.fromSpotifyName(single("state", values))
                .orElseThrow(() -> PlayerException.badRequest("state must be track, context or off"));
    }

    /** {@code state} of {@code PUT /v1/me/player/shuffle}: {@code true} or {@code false}. */
    static boolean shuffleState(List<String> values) {
        String value = single("state", values);
        if (!value.equals("true") && !value.equals("false")) {
            throw PlayerException.badRequest("state must be true or false");
        }
        return value.equals("true");
    }

    /** {@code uri} of {@code POST /v1/me/player/queue}: one track uri. */
    static String trackUri(List<String> values) {
        String value = single("uri", values);
        if (!WireCodec.TRACK_URI.matcher(value).matches()) {
            throw PlayerException.badRequest("uri must be a track uri (tonearm:track:ID)");
        }
        return value;
    }

    private static String single(String name, List<String> values) {
        if (values.isEmpty() || values.get(0).isEmpty()) {
            throw PlayerException.badRequest(name + " is required");
        }
        if (values.size() > 1) {
            throw PlayerException.badRequest(name + " must be given once");
        }
        return values.get(0);
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
