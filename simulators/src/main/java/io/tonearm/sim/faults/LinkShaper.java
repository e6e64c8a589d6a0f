package io.tonearm.sim.faults;

import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The arithmetic of a simulated link, free of sockets and threads so it runs in virtual time: when a
 * chunk handed to the link at {@code nowNanos} is delivered at the far end. Bandwidth serialises
 * chunks one after another on the line; latency, jitter and (on TCP) loss stalls are added after
 * that. Not thread-safe: each direction of each connection owns one shaper.
 */
public final class LinkShaper {
    private final Supplier<LinkProfile> profile;
    private final Random random;
    private long lineFreeAt = Long.MIN_VALUE;
    private long lastDue = Long.MIN_VALUE;

    /** {@code profile} is read for every chunk, so a scenario can degrade a live link. */
    public LinkShaper(Supplier<LinkProfile> profile, Random random) {
        this.profile = profile;
        this.random = random;
    }

    /**
     * A stream chunk (TCP): always delivered, in order — a chunk is never due before the one
     * handed over before it, as TCP's in-order delivery guarantees.
     */
    public long streamDue(long nowNanos, int bytes) {
        LinkProfile p = profile.get();
        long due = onTheLine(p, nowNanos, bytes) + delay(p);
        if (p.loss() > 0 && random.nextDouble() < p.loss()) {
            due += p.lossStall().toNanos();
        }
        due = Math.max(due, lastDue);
        lastDue = due;
        return due;
    }

    /** A datagram (UDP): when it is delivered, or empty when it is lost. Datagrams may reorder. */
    public OptionalLong datagramDue(long nowNanos, int bytes) {
        LinkProfile p = profile.get();
        if (p.loss() > 0 && random.nextDouble() < p.loss()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(onTheLine(p, nowNanos, bytes) + delay(p));
    }

    /** When the last bit of the chunk has left the bandwidth-limited line. */
    private long onTheLine(LinkProfile p, long now, int bytes) {
        if (p.bitsPerSecond() == 0) {
            return now;
        }
        long start = lineFreeAt == Long.MIN_VALUE ? now : Math.max(now, lineFreeAt);
        lineFreeAt = start + (long) Math.ceil(bytes * 8.0 * 1e9 / p.bitsPerSecond());
        return lineFreeAt;
    }

    private long delay(LinkProfile p) {
        long jitter = p.jitter().toNanos();
        return p.latency().toNanos() + (jitter == 0 ? 0 : (long) (random.nextDouble() * jitter));
    }
}
