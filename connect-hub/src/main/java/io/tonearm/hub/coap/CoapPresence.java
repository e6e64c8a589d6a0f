package io.tonearm.hub.coap;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Liveness of CoAP devices, which have no MQTT will: every accepted message from a device counts as a
 * heartbeat, and {@link #expired} returns (and forgets) the devices silent for longer than the
 * allowance. Time comes from the caller, so tests run in virtual time. Thread-safe.
 */
final class CoapPresence {

    private final Duration allowance;
    private final Map<String, Instant> lastHeard = new ConcurrentHashMap<>();

    CoapPresence(Duration allowance) {
        if (allowance == null || allowance.isNegative() || allowance.isZero()) {
            throw new IllegalArgumentException("allowance must be positive");
        }
        this.allowance = allowance;
    }

    void heard(String deviceId, Instant at) {
        lastHeard.put(deviceId, at);
    }

    /** The device said it is going offline: stop watching it. */
    void left(String deviceId) {
        lastHeard.remove(deviceId);
    }

    /** Devices silent for longer than the allowance at {@code now}; they are no longer watched. */
    List<String> expired(Instant now) {
        List<String> gone = new ArrayList<>();
        for (Map.Entry<String, Instant> e : lastHeard.entrySet()) {
            if (now.isAfter(e.getValue().plus(allowance)) && lastHeard.remove(e.getKey(), e.getValue())) {
                gone.add(e.getKey());
            }
        }
        return gone;
    }

    boolean watching(String deviceId) {
        return lastHeard.containsKey(deviceId);
    }
}
