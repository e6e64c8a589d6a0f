package io.tonearm.agent.session;

import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import java.util.List;
import java.util.Optional;

/**
 * What the device reports about its playback. {@code positionMs} was the position at
 * {@code positionTimestampMs} (device wall clock); readers extrapolate while {@code status} is
 * PLAYING.
 */
public record PlaybackState(PlaybackStatus status, Optional<TrackRef> track, long positionMs, long positionTimestampMs,
                            long durationMs, int volumePercent, int bufferedMs, int underruns,
                            Optional<Quality> quality, long sessionVersion, List<TrackRef> queue, int queueIndex) {
    public PlaybackState {
        if (status == null || track == null || quality == null || queue == null) {
            throw new IllegalArgumentException("status, track, quality and queue are required (use empty)");
        }
        if (volumePercent < 0 || volumePercent > 100) {
            throw new IllegalArgumentException("volume must be 0-100: " + volumePercent);
        }
        if (positionMs < 0 || durationMs < 0 || bufferedMs < 0 || underruns < 0 || queueIndex < 0) {
            throw new IllegalArgumentException("positions, durations and counts must not be negative");
        }
        queue = List.copyOf(queue);
    }
}
