package io.tonearm.agent.stream;

/**
 * The link's throughput, smoothed over samples (exponential moving average, weight 0.3 for the
 * newest): each request, and each 0.5 s of transfer within a long one. A request is timed from asking to its headers plus the reads of its body; waits for room
 * in the read-ahead are not counted, so a full buffer does not read as a slow link. Thread-safe.
 */
final class Throughput {
    private static final double WEIGHT = 0.3;
    private double bitsPerSecond;
    private boolean sampled;

    synchronized void sample(long bytes, long nanos) {
        if (bytes <= 0 || nanos <= 0) {
            return;
        }
        double rate = bytes * 8.0 * 1e9 / nanos;
        bitsPerSecond = sampled ? bitsPerSecond + WEIGHT * (rate - bitsPerSecond) : rate;
        sampled = true;
    }

    synchronized long bitsPerSecond() {
        return (long) bitsPerSecond;
    }
}
