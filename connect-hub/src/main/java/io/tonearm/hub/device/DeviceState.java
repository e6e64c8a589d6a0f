package io.tonearm.hub.device;

import io.tonearm.protocol.WireCodec;
import java.util.List;
import java.util.Optional;

/**
 * A device's playback state report. {@code positionMs} was the position at {@code positionTimestampMs}
 * (device clock, 0 when unknown).
 */
public record DeviceState(PlaybackStatus status, Optional<String> trackUri, long positionMs, long positionTimestampMs,
        long durationMs, int volumePercent, long sessionVersion, List<String> queue, int queueIndex) {

    public DeviceState {
        if (status == null || trackUri == null) {
            throw new IllegalArgumentException("status and track uri (may be empty) are required");
        }
        trackUri.ifPresent(uri -> {
            if (!WireCodec.TRACK_URI.matcher(uri).matches()) {
                throw new IllegalArgumentException("malformed track uri");
            }
        });
        if (positionMs < 0 || durationMs < 0 || positionTimestampMs < 0) {
            throw new IllegalArgumentException("position, timestamp and duration must not be negative");
        }
        if (volumePercent < 0 || volumePercent > 100) {
            throw new IllegalArgumentException("volume must be 0-100: " + volumePercent);
        }
        if (sessionVersion < 0 || queueIndex < 0) {
            throw new IllegalArgumentException("session version and queue index must not be negative");
        }
        queue = List.copyOf(queue);
    }

    /** The track id of {@link #trackUri}, e.g. {@code velvet-orchard-01}. */
    public Optional<String> trackId() {
        return trackUri.map(uri -> uri.substring(uri.lastIndexOf(':') + 1));
    }
}
