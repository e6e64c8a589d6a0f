package io.tonearm.hub.device;

import io.tonearm.protocol.WireLimits;
import java.time.Instant;

/**
 * A command as sent: a fresh id (the device executes it at most once), the session version it was
 * computed from, and the per-device sequence number.
 */
public record CommandEnvelope(String id, long sessionVersion, long sequence, Instant issuedAt, DeviceCommand command) {
    public CommandEnvelope {
        if (id == null || id.isEmpty() || id.length() > WireLimits.MAX_COMMAND_ID) {
            throw new IllegalArgumentException("command id must be 1-" + WireLimits.MAX_COMMAND_ID + " characters");
        }
        if (sessionVersion < 1 || sequence < 1) {
            throw new IllegalArgumentException("session version and sequence start at 1");
        }
        if (issuedAt == null || command == null) {
            throw new IllegalArgumentException("issued-at and command are required");
        }
    }
}
