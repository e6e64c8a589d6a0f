package io.tonearm.hub.device;

/**
 * A device's answer to one command; {@code reason} (for people) is empty when the command was
 * applied, and {@code errorCode} is the stable code of a FAILED one ({@code no_next_track}, …) or empty.
 * {@code deviceReceivedAtMs} (command arrived) and {@code deviceTimestampMs} (ack made) are the
 * device's clock, 0 when it did not say: one NTP-style sample of that clock.
 */
public record CommandAck(String commandId, Outcome outcome, String reason, String errorCode, long sessionVersion,
                         long deviceTimestampMs, long deviceReceivedAtMs) {

    public CommandAck(String commandId, Outcome outcome, String reason, String errorCode, long sessionVersion) {
        this(commandId, outcome, reason, errorCode, sessionVersion, 0, 0);
    }

    /** Codes match {@code tonearm.connect.v1.Ack.Outcome}. */
    public enum Outcome {
        APPLIED(1), DUPLICATE(2), STALE(3), INVALID(4), FAILED(5);

        private final int code;

        Outcome(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public static Outcome fromCode(int code) {
            for (Outcome o : values()) {
                if (o.code == code) {
                    return o;
                }
            }
            throw new IllegalArgumentException("unknown outcome code " + code);
        }
    }

    public CommandAck {
        if (commandId == null || commandId.isEmpty() || outcome == null || reason == null || errorCode == null) {
            throw new IllegalArgumentException("command id, outcome, reason and error code are required (use empty)");
        }
        if (sessionVersion < 0 || deviceTimestampMs < 0 || deviceReceivedAtMs < 0) {
            throw new IllegalArgumentException("session version and device times must not be negative");
        }
    }
}
