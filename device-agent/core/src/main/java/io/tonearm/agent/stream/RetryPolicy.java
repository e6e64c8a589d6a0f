package io.tonearm.agent.stream;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": attempt n waits a random time in [d/2, d] with
 * d = min(max, initial · 2^(n-1)), so devices that lost the same server do not return in step.
 * {@code maxAttempts} failed attempts in a row without progress end the stream.
 */
public record RetryPolicy(Duration initial, Duration max, int maxAttempts) {
    public RetryPolicy {
        if (initial == null || max == null || initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("maxAttempts must be 1-100: " + maxAttempts);
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofMillis(250), Duration.ofSeconds(8), 6);
    }

    /** The wait before retry {@code attempt} (1-based), in nanoseconds. */
    public long delayNanos(int attempt, RandomGenerator random) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        long cap = max.toNanos();
        long d = (long) Math.min(cap, initial.toNanos() * Math.pow(2, Math.min(attempt - 1, 62)));
        d = Math.max(d, 2);
        return d / 2 + (long) (random.nextDouble() * (d - d / 2));
    }
}
