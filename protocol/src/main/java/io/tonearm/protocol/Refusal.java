package io.tonearm.protocol;

/**
 * Why a wire payload was refused. The code is stable and may be logged or sent back as a reason
 * (an MQTT 5 reason string, a CoAP diagnostic payload).
 */
public enum Refusal {
    /** Zero bytes where a message was expected. */
    EMPTY(1, "empty payload"),
    /** More bytes than {@link WireLimits#MAX_PAYLOAD_BYTES}. */
    TOO_LARGE(2, "payload too large"),
    /** Not a protobuf encoding of the expected message: truncated, garbage or absurd lengths. */
    MALFORMED(3, "malformed payload"),
    /** Parsed, but a field the contract requires is absent. */
    MISSING_FIELD(4, "required field missing"),
    /** Parsed, but a field holds a value the contract forbids. */
    INVALID_VALUE(5, "invalid field value");

    private final int code;
    private final String description;

    Refusal(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static Refusal fromCode(int code) {
        for (Refusal r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown refusal code " + code);
    }
}
