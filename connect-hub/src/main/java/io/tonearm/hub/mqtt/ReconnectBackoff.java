package io.tonearm.hub.mqtt;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Delays between attempts to reach the broker: exponential with "full jitter" (Brooker, "Exponential
 * Backoff And Jitter", AWS 2015) above a floor, the agent's policy too, so hubs and devices that lost a
 * broker together do not all come back in the same instant. Attempt {@code n} (from 1) waits a uniform
 * random time in {@code [min, min(max, min * 2^(n-1))]}. Pure apart from the random source.
 */
final class ReconnectBackoff {

    private final long minMs;
    private final long maxMs;
    private final RandomGenerator random;

    ReconnectBackoff(Duration min, Duration max, RandomGenerator random) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0 || random == null) {
            throw new IllegalArgumentException("backoff needs 0 < min <= max and a random source");
        }
        this.minMs = min.toMillis();
        this.maxMs = max.toMillis();
        this.random = random;
    }

    Duration delay(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        long ceiling = Math.min(maxMs, minMs << Math.min(doublings, 20));
        return Duration.ofMillis(ceiling <= minMs ? minMs : minMs + random.nextLong(ceiling - minMs + 1));
    }
}
