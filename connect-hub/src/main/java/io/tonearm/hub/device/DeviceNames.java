package io.tonearm.hub.device;

/** Names people give devices: 1 to 64 characters after trimming, no control characters. */
public final class DeviceNames {

    public static final int MAX_LENGTH = 64;

    private DeviceNames() {
    }

    /** The name if it is acceptable, or an {@link IllegalArgumentException} saying why not (for people). */
    public static String require(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        if (!name.equals(name.strip())) {
            throw new IllegalArgumentException("name must not start or end with spaces");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("name must be at most " + MAX_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED)) {
            throw new IllegalArgumentException("name must not contain control or invisible characters");
        }
        return name;
    }
}
