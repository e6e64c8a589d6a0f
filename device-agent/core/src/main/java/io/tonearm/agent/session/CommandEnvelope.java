package io.tonearm.agent.session;

/**
 * A command as the hub sent it: a unique id (executed at most once), the session version it was
 * computed from (stale ones are rejected), and the hub's per-device sequence number.
 */
public record CommandEnvelope(String id, long sessionVersion, long sequence, long issuedAtMs, DeviceCommand command) {
    public CommandEnvelope {
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
