package io.tonearm.agent.stream.abr;

import io.tonearm.agent.stream.Quality;

/**
 * Chooses a quality on the 24/96/160/320 ladder from the profile's ceiling, the measured throughput
 * and the read-ahead. A quality is sustainable when the link carries {@code headroom} times its bit
 * rate. Down: when the read-ahead holds less than {@code lowMs} and the current quality is not
 * sustainable, to the best sustainable one (at worst the lowest). Up: one step, when the read-ahead
 * holds at least {@code highMs} and the next quality is sustainable. After a switch it holds still
 * for {@code holdNanos}, so a noisy estimate cannot make it flap. Pure; the caller brings the clock.
 */
public record LadderPolicy(double headroom, long lowMs, long highMs, long holdNanos) {
    public LadderPolicy {
        if (!(headroom >= 1.0) || lowMs < 0 || highMs <= lowMs || holdNanos < 0) {
            throw new IllegalArgumentException("headroom >= 1, 0 <= lowMs < highMs and a non-negative hold are required");
        }
    }

    /** Headroom 1.5 (the mission's "≥ 1.5× the bitrate"), down below 3 s, up above 8 s, hold 10 s. */
    public static LadderPolicy defaults() {
        return new LadderPolicy(1.5, 3000, 8000, 10_000_000_000L);
    }

    /**
     * The quality to play now.
     *
     * @param throughputBps the measured throughput, 0 when nothing has been measured yet
     * @param sinceSwitchNanos time since the last switch (or since the track began)
     */
    public Quality choose(Quality current, Quality ceiling, long throughputBps, long bufferedMs, long sinceSwitchNanos) {
        if (current.compareTo(ceiling) > 0) {
            return ceiling;
        }
        if (throughputBps <= 0 || sinceSwitchNanos < holdNanos) {
            return current;
        }
        if (bufferedMs < lowMs && !sustainable(current, throughputBps)) {
            Quality best = Quality.values()[0];
            for (Quality q : Quality.values()) {
                if (q.compareTo(current) < 0 && sustainable(q, throughputBps)) {
                    best = q;
                }
            }
            return best;
        }
        if (bufferedMs >= highMs && current.compareTo(ceiling) < 0) {
            Quality next = Quality.values()[current.ordinal() + 1];
            if (sustainable(next, throughputBps)) {
                return next;
            }
        }
        return current;
    }

    /** The best quality up to {@code ceiling} the link sustains, for a track's start (the ceiling if unmeasured). */
    public Quality start(Quality ceiling, long throughputBps) {
        if (throughputBps <= 0) {
            return ceiling;
        }
        Quality best = Quality.values()[0];
        for (Quality q : Quality.values()) {
            if (q.compareTo(ceiling) <= 0 && sustainable(q, throughputBps)) {
                best = q;
            }
        }
        return best;
    }

    private boolean sustainable(Quality q, long throughputBps) {
        return q.kbps() * 1000.0 * headroom <= throughputBps;
    }
}
