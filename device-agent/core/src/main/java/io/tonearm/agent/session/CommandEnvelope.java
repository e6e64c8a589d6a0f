package io.tonearm.agent.session;

/**
 * A command as the hub sent it: a unique id (executed at most once), the session version it was
 * computed from (stale ones are rejected), and the hub's per-device sequence number.
 * {@code executeAtMs} is when to carry it out on this device's clock (0: at once);
 * {@code receivedAtMs} is when the transport read it off the wire, on the same clock.
 */
public record CommandEnvelope(String id, long sessionVersion, long sequence, long issuedAtMs, long executeAtMs,
                              long receivedAtMs, DeviceCommand command) {

    /** A command to carry out at once, received now. */
    public CommandEnvelope(String id, long sessionVersion, long sequence, long issuedAtMs, DeviceCommand command) {
        this(id, sessionVersion, sequence, issuedAtMs, 0, 0, command);
    }

    public CommandEnvelope {
        if (executeAtMs < 0 || receivedAtMs < 0) {
            throw new IllegalArgumentException("execute-at and received-at must not be negative");
        }
        if (id == null || id.isEmpty() || id.length() > 64) {
            throw new IllegalArgumentException("command id must be 1-64 characters");
        }
        if (sessionVersion < 0 || sequence < 0) {
            throw new IllegalArgumentException("version and sequence must not be negative");
        }
        if (command == null) {
            throw new IllegalArgumentException("command is required");
        }
    }
}
