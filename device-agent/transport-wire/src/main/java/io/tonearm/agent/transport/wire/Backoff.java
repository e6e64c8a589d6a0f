package io.tonearm.agent.transport.wire;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Reconnect delays: exponential with full jitter above a floor. Attempt {@code n} (from 0) waits a
 * uniformly random time in {@code [min, min(max, min * 2^n)]}, so the first retry comes after
 * {@code min} and a fleet that lost its broker at once spreads its reconnects out instead of
 * arriving together (the "full jitter" of Brooker, "Exponential Backoff And Jitter", AWS 2015,
 * kept above {@code min} so no device retries in a tight loop).
 *
 * <p>Not thread-safe: owned by the transport's link thread. Shared by the MQTT and CoAP adapters.
 */
public final class Backoff {

    private final long minNanos;
    private final long maxNanos;
    private final RandomGenerator random;
    private int attempt;

    public Backoff(Duration min, Duration max, RandomGenerator random) {
        if (min == null || max == null || random == null || min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < min <= max and a random source");
        }
        this.minNanos = min.toNanos();
        this.maxNanos = max.toNanos();
        this.random = random;
    }

    /** The delay before the next attempt; each call doubles the ceiling until it reaches max. */
    public Duration next() {
        long ceiling = ceiling(attempt);
        if (attempt < 62) {
            attempt++;
        }
        long spread = ceiling - minNanos;
        return Duration.ofNanos(spread == 0 ? minNanos : minNanos + random.nextLong(spread + 1));
    }

    /** After a successful connection: the next loss starts again at min. */
    public void reset() {
        attempt = 0;
    }

    private long ceiling(int n) {
        long ceiling = minNanos;
        for (int i = 0; i < n && ceiling < maxNanos; i++) {
            ceiling = ceiling > maxNanos / 2 ? maxNanos : ceiling * 2;
        }
        return Math.min(ceiling, maxNanos);
    }
}
