package io.tonearm.agent.session;

/**
 * The device's answer to one command. {@code reason} is for people; {@code errorCode} (FAILED only,
 * else empty) is a stable code the hub acts on, such as {@code no_next_track}. {@code timestampMs} is
 * when the ack was made and {@code receivedAtMs} when its command arrived (0 if unknown), both on the
 * device's clock: together they give the hub one NTP-style sample of that clock.
 */
public record CommandAck(String commandId, Outcome outcome, String reason, String errorCode, long sessionVersion,
                         long timestampMs, long receivedAtMs) {

    /** An ack for a command whose arrival time does not matter. */
    public CommandAck(String commandId, Outcome outcome, String reason, String errorCode, long sessionVersion,
                      long timestampMs) {
        this(commandId, outcome, reason, errorCode, sessionVersion, timestampMs, 0);
    }

    /** Wire codes match {@code tonearm.connect.v1.Ack.Outcome}. */
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
        if (!errorCode.matches("[a-z_]{0,64}")) {
            throw new IllegalArgumentException("error code must be at most 64 of [a-z_]: " + errorCode);
        }
    }
}
