package io.tonearm.hub.device;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The transport each device last spoke on, so commands go back the same way. Written by
 * {@link DeviceInbox} for every accepted message; read by {@link DeviceLinks}. Thread-safe.
 */
@Singleton
public class DeviceRoutes {

    private final Map<String, Transport> lastHeard = new ConcurrentHashMap<>();

    void heard(String deviceId, Transport transport) {
        lastHeard.put(deviceId, transport);
    }

    public Optional<Transport> transportOf(String deviceId) {
        return Optional.ofNullable(lastHeard.get(deviceId));
    }
}
