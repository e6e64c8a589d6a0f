package io.tonearm.protocol;

/** Bounds every reader of the contract enforces before it trusts a payload. */
public final class WireLimits {
    /** Largest payload of any message; a Play with a long queue fits with room to spare. */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;
    /** Most track URIs in one Play or StateReport queue. */
    public static final int MAX_QUEUE = 1000;
    /** Longest text field (names, reasons, messages), in characters. */
    public static final int MAX_TEXT = 256;
    /** Longest command id, in characters. */
    public static final int MAX_COMMAND_ID = 64;
    /** Nesting depth protobuf's reader allows; the contract nests three deep. */
    public static final int MAX_RECURSION = 8;

    private WireLimits() {
    }
}
