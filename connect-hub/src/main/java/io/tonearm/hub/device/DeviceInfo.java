package io.tonearm.hub.device;

/**
 * Who a device says it is (its hello).
 *
 * @param name           what people see, e.g. "Kitchen"
 * @param profile        firmware profile name; empty when the device did not say
 * @param agentVersion   empty when the device did not say
 * @param capabilities   what it can do (volume, seek, quality ceiling, transports, ...)
 */
public record DeviceInfo(String name, DeviceType type, String profile, String agentVersion,
        DeviceCapabilities capabilities) {
    public DeviceInfo {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (type == null || profile == null || agentVersion == null || capabilities == null) {
            throw new IllegalArgumentException(
                    "type, profile, agent version and capabilities are required (strings may be empty)");
        }
    }

    /** Whether the device can set its own volume. */
    public boolean supportsVolume() {
        return capabilities.volumeControl();
    }
}
