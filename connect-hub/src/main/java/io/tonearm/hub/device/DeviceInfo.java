package io.tonearm.hub.device;

/**
 * Who a device says it is (its hello).
 *
 * @param name           what people see, e.g. "Kitchen"
 * @param profile        firmware profile name; empty when the device did not say
 * @param agentVersion   empty when the device did not say
 * @param supportsVolume whether the device can set its own volume
 */
public record DeviceInfo(String name, DeviceType type, String profile, String agentVersion, boolean supportsVolume) {
    public DeviceInfo {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (type == null || profile == null || agentVersion == null) {
            throw new IllegalArgumentException("type, profile and agent version are required (may be empty strings)");
        }
    }
}
