package io.tonearm.agent.session;

import io.tonearm.agent.stream.Quality;
import java.util.regex.Pattern;

/** Who the device is and what it can do; announced in the hello message on every connect. */
public record DeviceIdentity(String deviceId, String name, DeviceType type, String profile,
                             DeviceCapabilities capabilities, String agentVersion) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public DeviceIdentity {
        if (deviceId == null || !ID.matcher(deviceId).matches()) {
            throw new IllegalArgumentException("device id must be 1-64 of [A-Za-z0-9._-]: " + deviceId);
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("device name must be 1-100 characters");
        }
        if (type == null || profile == null || capabilities == null || agentVersion == null) {
            throw new IllegalArgumentException("type, profile, capabilities and agentVersion are required");
        }
    }

    /** A device with {@link DeviceCapabilities#basic basic} capabilities. */
    public DeviceIdentity(String deviceId, String name, DeviceType type, String profile, boolean volumeControl,
                          Quality maxQuality, String agentVersion) {
        this(deviceId, name, type, profile, DeviceCapabilities.basic(volumeControl, maxQuality), agentVersion);
    }

    public boolean volumeControl() {
        return capabilities.volumeControl();
    }

    public Quality maxQuality() {
        return capabilities.maxQuality();
    }
}
