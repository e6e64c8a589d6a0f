package io.tonearm.protocol;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MQTT topic names of the wire contract (see protocol/README.md). All topics of one device share
 * the prefix {@code tonearm/v1/devices/{deviceId}/}.
 */
public final class Topics {

    public static final String ROOT = "tonearm/v1/devices/";
    /**
     * Device ids: 1 to 64 characters of letters, digits, '.', '_' or '-'; safe in topics and paths.
     * The contract's definition; code checks ids with {@link #isValidDeviceId}, which accepts exactly
     * what this pattern matches without a regex engine (it runs on every device message).
     */
    public static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MAX_DEVICE_ID = 64;
    /** The shared-subscription group hub instances use, so each device message reaches one hub. */
    public static final String HUB_SHARE_GROUP = "hub";

    /** The kind of message a topic carries; the suffix is the topic's last level. */
    public enum Kind {
        HELLO("hello"), PRESENCE("presence"), STATE("state"), EVENTS("events"), COMMANDS("commands"), ACKS("acks");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }

        /** Whether the device publishes this kind (all but commands). */
        public boolean fromDevice() {
            return this != COMMANDS;
        }

        /** Whether messages of this kind are published with the retain flag. */
        public boolean retained() {
            return this == HELLO || this == PRESENCE || this == STATE;
        }

        static Optional<Kind> fromSuffix(String suffix) {
            for (Kind k : values()) {
                if (k.suffix.equals(suffix)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /** A topic taken apart: whose it is and what it carries. */
    public record DeviceTopic(String deviceId, Kind kind) {
        public DeviceTopic {
            if (!isValidDeviceId(deviceId)) {
                throw new IllegalArgumentException("invalid device id: " + deviceId);
            }
            if (kind == null) {
                throw new IllegalArgumentException("kind is required");
            }
        }

        public String topic() {
            return ROOT + deviceId + "/" + kind.suffix();
        }
    }

    private Topics() {
    }

    public static String of(String deviceId, Kind kind) {
        return new DeviceTopic(deviceId, kind).topic();
    }

    /** The filter matching one kind for every device: {@code tonearm/v1/devices/+/state}. */
    public static String allDevices(Kind kind) {
        return ROOT + "+/" + kind.suffix();
    }

    /** The same filter as a shared subscription of the hub group (MQTT 5, section 4.8.2). */
    public static String sharedByHubs(Kind kind) {
        return "$share/" + HUB_SHARE_GROUP + "/" + allDevices(kind);
    }

    /** Parses a concrete topic; empty for anything that is not a device topic of this contract. */
    public static Optional<DeviceTopic> parse(String topic) {
        if (topic == null || !topic.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = topic.substring(ROOT.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || rest.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        String id = rest.substring(0, slash);
        if (!isValidDeviceId(id)) {
            return Optional.empty();
        }
        return Kind.fromSuffix(rest.substring(slash + 1)).map(k -> new DeviceTopic(id, k));
    }

    /** Whether {@code id} is a device id: what {@link #DEVICE_ID} matches (ASCII only). */
    public static boolean isValidDeviceId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_DEVICE_ID) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
