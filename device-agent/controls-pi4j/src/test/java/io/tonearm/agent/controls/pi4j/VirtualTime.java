package io.tonearm.agent.controls.pi4j;

import io.tonearm.agent.time.TimeSource;

/** Time that moves only when a test says so. */
final class VirtualTime implements TimeSource {
    private long nanos = 5_000_000_000L;

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public long currentTimeMillis() {
        return nanos / 1_000_000;
    }

    @Override
    public void sleepUntil(long deadlineNanos) {
        nanos = Math.max(nanos, deadlineNanos);
    }

    void advance(long ms) {
        nanos += ms * 1_000_000;
    }
}
