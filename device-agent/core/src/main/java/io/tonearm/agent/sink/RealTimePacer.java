package io.tonearm.agent.sink;

import io.tonearm.agent.time.TimeSource;

/**
 * Holds a writer to the pace of a sound card: after {@code n} frames it returns no earlier than
 * n / rate seconds after the first frame, allowing {@code leadNanos} of buffer ahead. Single thread.
 */
public final class RealTimePacer {
    private final TimeSource time;
    private final long leadNanos;
    private final long startNanos;
    /** Reset (or ran dry): the next frames start the device again, {@code startNanos} later. */
    private boolean starting = true;
    private long anchorNanos;
    private long frames;
    private int sampleRate;
    private long heldAheadNanos = -1;

    public RealTimePacer(TimeSource time, long leadNanos) {
        this(time, leadNanos, 0);
    }

    /**
     * A device that, when it starts (after a reset or after running dry), begins to play its first
     * frames {@code startNanos} after they were written: a sound card's start threshold, which gives
     * the writer that long to deliver the next frames before the device runs dry again.
     */
    public RealTimePacer(TimeSource time, long leadNanos, long startNanos) {
        if (leadNanos < 0 || startNanos < 0) {
            throw new IllegalArgumentException("lead and start must not be negative");
        }
        this.time = time;
        this.leadNanos = leadNanos;
        this.startNanos = startNanos;
    }

    /** Starts counting again, e.g. after open or resume. */
    public void reset(int sampleRate) {
        this.sampleRate = sampleRate;
        this.heldAheadNanos = -1;
        this.frames = 0;
        this.anchorNanos = time.nanoTime();
        this.starting = true;
    }

    /**
     * Accounts for {@code count} frames and waits until the device would have room for more. A
     * device that ran dry (nothing was written in time, e.g. a sink opened well before its first
     * write) starts again with these frames, as a sound card does after an underrun.
     */
    public void pace(int count) throws SinkException {
        if (sampleRate == 0) {
            throw new SinkException("pacer has no sample rate; reset it first");
        }
        long now = time.nanoTime();
        if (starting || anchorNanos + frames * 1_000_000_000L / sampleRate < now) {
            anchorNanos = now + startNanos - frames * 1_000_000_000L / sampleRate;
            starting = false;
        }
        frames += count;
        long due = anchorNanos + frames * 1_000_000_000L / sampleRate - leadNanos;
        try {
            time.sleepUntil(due);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkException("interrupted while pacing", e);
        }
    }

    /** The device stops: what it holds stays unplayed until {@link #release()}. */
    public void hold() {
        if (heldAheadNanos < 0) {
            heldAheadNanos = aheadNanos();
        }
    }

    /** The device plays on from where {@link #hold()} stopped it. */
    public void release() {
        if (heldAheadNanos >= 0 && sampleRate != 0) {
            anchorNanos = time.nanoTime() + heldAheadNanos - frames * 1_000_000_000L / sampleRate;
        }
        heldAheadNanos = -1;
    }

    /** How far the frames accounted for run ahead of now: audio a sound card would still hold. */
    public long aheadNanos() {
        if (sampleRate == 0) {
            return 0;
        }
        if (heldAheadNanos >= 0) {
            return heldAheadNanos;
        }
        return Math.max(0, anchorNanos + frames * 1_000_000_000L / sampleRate - time.nanoTime());
    }
}
