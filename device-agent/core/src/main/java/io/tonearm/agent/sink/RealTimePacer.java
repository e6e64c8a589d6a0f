package io.tonearm.agent.sink;

import io.tonearm.agent.time.TimeSource;

/**
 * Holds a writer to the pace of a sound card: after {@code n} frames it returns no earlier than
 * n / rate seconds after the first frame, allowing {@code leadNanos} of buffer ahead. Single thread.
 */
public final class RealTimePacer {
    private final TimeSource time;
    private final long leadNanos;
    private long anchorNanos;
    private long frames;
    private int sampleRate;

    public RealTimePacer(TimeSource time, long leadNanos) {
        this.time = time;
        this.leadNanos = leadNanos;
    }

    /** Starts counting again, e.g. after open or resume. */
    public void reset(int sampleRate) {
        this.sampleRate = sampleRate;
        this.frames = 0;
        this.anchorNanos = time.nanoTime();
    }

    /** Accounts for {@code count} frames and waits until the device would have room for more. */
    public void pace(int count) throws SinkException {
        frames += count;
        long due = anchorNanos + frames * 1_000_000_000L / sampleRate - leadNanos;
        try {
            time.sleepUntil(due);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkException("interrupted while pacing", e);
        }
    }
}
