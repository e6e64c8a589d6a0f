package io.tonearm.hub.handoff;

/**
 * How a device's clock relates to the hub's: {@code device = hub + offsetMs}, measured NTP-style
 * (RFC 5905 §8) over a round trip of {@code roundTripMs}, at hub time {@code measuredAtMs}. The
 * offset is uncertain by at most half the round trip.
 */
public record ClockEstimate(long offsetMs, long roundTripMs, long measuredAtMs) {

    public ClockEstimate {
        if (roundTripMs < 0) {
            throw new IllegalArgumentException("round trip must not be negative");
        }
    }

    /**
     * One sample: the hub sent at {@code t0} and got the answer at {@code t3} (hub clock); the device
     * read the probe at {@code t1} and answered at {@code t2} (device clock; {@code t1} 0 if unknown).
     */
    public static ClockEstimate fromRoundTrip(long t0, long t1, long t2, long t3) {
        long received = t1 == 0 ? t2 : t1;
        long offset = Math.floorDiv((received - t0) + (t2 - t3), 2);
        long roundTrip = Math.max(0, (t3 - t0) - (t2 - received));
        return new ClockEstimate(offset, roundTrip, t3);
    }

    /** The device-clock reading at hub time {@code hubMs}. */
    public long toDevice(long hubMs) {
        return hubMs + offsetMs;
    }

    /** The hub-clock reading at device time {@code deviceMs}. */
    public long toHub(long deviceMs) {
        return deviceMs - offsetMs;
    }
}
