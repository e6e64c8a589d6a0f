package io.tonearm.hub.device;

import io.tonearm.protocol.WireLimits;
import java.time.Instant;

/**
 * A command as sent: a fresh id (the device executes it at most once), the session version it was
 * computed from, the per-device sequence number, and when the device is to carry it out, on the
 * device's own clock ({@code executeAtDeviceMs}, 0 for at once).
 */
public record CommandEnvelope(String id, long sessionVersion, long sequence, Instant issuedAt, long executeAtDeviceMs,
                              DeviceCommand command) {

    public CommandEnvelope(String id, long sessionVersion, long sequence, Instant issuedAt, DeviceCommand command) {
        this(id, sessionVersion, sequence, issuedAt, 0, command);
    }

    public CommandEnvelope {
        if (executeAtDeviceMs < 0) {
            throw new IllegalArgumentException("execute-at must not be negative");
        }
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
