package io.tonearm.agent.testkit;

import io.tonearm.agent.time.TimeSource;
import java.util.concurrent.atomic.AtomicLong;

/** Virtual time: sleeping moves the clock forward at once. */
public final class ManualTime implements TimeSource {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public long currentTimeMillis() {
        return 1_700_000_000_000L + nanos.get() / 1_000_000;
    }

    @Override
    public void sleepUntil(long deadlineNanos) {
        nanos.accumulateAndGet(deadlineNanos, Math::max);
    }

    public void advanceMillis(long ms) {
        nanos.addAndGet(ms * 1_000_000);
    }
}
