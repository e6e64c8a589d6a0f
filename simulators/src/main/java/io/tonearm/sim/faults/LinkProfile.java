package io.tonearm.sim.faults;

import java.time.Duration;

/**
 * How a simulated link treats traffic in one direction. {@code latency} is one-way; {@code jitter}
 * adds a uniform random delay in {@code [0, jitter]}; {@code bitsPerSecond} limits throughput (0 means
 * unlimited); {@code loss} is the probability that a chunk (TCP) or datagram (UDP) is lost. TCP never
 * loses bytes, so on TCP a loss is modelled as what the sender sees: the chunk and everything behind
 * it stall for {@code lossStall} (a retransmission timeout). On UDP the datagram is dropped.
 */
public record LinkProfile(Duration latency, Duration jitter, long bitsPerSecond, double loss, Duration lossStall) {
    private static final Duration MAX_DELAY = Duration.ofMinutes(1);
    /** A link that adds nothing: the proxy is then a plain relay. */
    public static final LinkProfile CLEAN = new LinkProfile(Duration.ZERO, Duration.ZERO, 0, 0, Duration.ofMillis(200));

    public LinkProfile {
        requireDelay("latency", latency);
        requireDelay("jitter", jitter);
        requireDelay("lossStall", lossStall);
        if (bitsPerSecond < 0) {
            throw new IllegalArgumentException("bitsPerSecond must be 0 (unlimited) or positive, not " + bitsPerSecond);
        }
        if (!(loss >= 0 && loss <= 1)) {
            throw new IllegalArgumentException("loss must be a probability from 0 to 1, not " + loss);
        }
    }

    /** A link with the given round trip (half each way), rate and loss, no jitter. */
    public static LinkProfile of(Duration roundTrip, long bitsPerSecond, double loss) {
        return new LinkProfile(roundTrip.dividedBy(2), Duration.ZERO, bitsPerSecond, loss, CLEAN.lossStall());
    }

    public LinkProfile withJitter(Duration value) {
        return new LinkProfile(latency, value, bitsPerSecond, loss, lossStall);
    }

    private static void requireDelay(String name, Duration d) {
        if (d == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (d.isNegative() || d.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException(name + " must be from 0 to " + MAX_DELAY.toSeconds() + " s, not " + d);
        }
    }
}
