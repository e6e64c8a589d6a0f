package io.tonearm.agent.playback;

import io.tonearm.agent.time.TimeSource;
import java.util.Optional;

/**
 * Where the listener's ear is in the current track: the frames handed to the sink less what the
 * sink still holds, carried forward with the clock while sound plays and frozen while paused. The
 * player thread moves it; any thread reads it.
 */
final class PlayHead {
    private final TimeSource time;
    private long audibleFrames = -1;
    private long writtenFrames;
    private long atNanos;
    private int sampleRate;
    private boolean moving;

    PlayHead(TimeSource time) {
        this.time = time;
    }

    /** After a write: {@code written} frames of the track are in the sink, {@code latencyNanos} of them unheard. */
    synchronized void wrote(long written, long latencyNanos, int rate, long floorFrames) {
        long unheard = latencyNanos * rate / 1_000_000_000L;
        writtenFrames = written;
        audibleFrames = Math.max(floorFrames, written - unheard);
        sampleRate = rate;
        atNanos = time.nanoTime();
        moving = true;
    }

    /** Sound stopped (pause): the position stays where the ear is now. */
    synchronized void freeze() {
        if (audibleFrames >= 0) {
            audibleFrames = currentFrames();
            moving = false;
        }
    }

    /** Jumps to {@code frames} without sound yet, e.g. a track prepared at a position. */
    synchronized void holdAt(long frames, int rate) {
        audibleFrames = frames;
        writtenFrames = frames;
        sampleRate = rate;
        moving = false;
    }

    synchronized void clear() {
        audibleFrames = -1;
        moving = false;
    }

    synchronized Optional<Long> positionMs() {
        if (audibleFrames < 0 || sampleRate == 0) {
            return Optional.empty();
        }
        return Optional.of(currentFrames() * 1000 / sampleRate);
    }

    private long currentFrames() {
        if (!moving) {
            return audibleFrames;
        }
        long elapsed = (time.nanoTime() - atNanos) * sampleRate / 1_000_000_000L;
        return Math.min(writtenFrames, audibleFrames + Math.max(0, elapsed));
    }
}
