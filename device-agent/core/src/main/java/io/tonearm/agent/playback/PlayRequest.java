package io.tonearm.agent.playback;

import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.TrackRef;
import java.util.List;

/**
 * Play {@code queue[index]} from {@code positionMs} at {@code quality}, then the rest of the queue.
 * With {@code hold}, the player decodes up to the first sample, reports it prepared and waits for
 * {@link Player#start} before any sound (the target's half of a handoff).
 */
public record PlayRequest(List<TrackRef> queue, int index, long positionMs, Quality quality, boolean startPaused,
                          boolean hold) {

    public PlayRequest(List<TrackRef> queue, int index, long positionMs, Quality quality, boolean startPaused) {
        this(queue, index, positionMs, quality, startPaused, false);
    }

    public PlayRequest {
        queue = List.copyOf(queue);
        if (queue.isEmpty() || index < 0 || index >= queue.size()) {
            throw new IllegalArgumentException("index " + index + " outside a queue of " + queue.size());
        }
        if (positionMs < 0 || quality == null) {
            throw new IllegalArgumentException("position must not be negative and quality is required");
        }
    }

    public TrackRef track() {
        return queue.get(index);
    }
}
