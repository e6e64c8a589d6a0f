package io.tonearm.hub.device;

import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The hub's {@link CommandPublisher}: sends each command over the transport its device last spoke
 * on ({@link DeviceRoutes}); a device never heard from goes to MQTT, the default transport.
 * Thread-safe.
 */
@Singleton
public class DeviceLinks implements CommandPublisher {

    private final Map<Transport, DeviceLink> links = new EnumMap<>(Transport.class);
    private final DeviceRoutes routes;

    public DeviceLinks(List<DeviceLink> links, DeviceRoutes routes) {
        for (DeviceLink link : links) {
            if (this.links.put(link.transport(), link) != null) {
                throw new IllegalStateException("two links for " + link.transport());
            }
        }
        this.routes = routes;
    }

    @Override
    public void publish(String deviceId, CommandEnvelope envelope) {
        Transport transport = routes.transportOf(deviceId).orElse(Transport.MQTT);
        DeviceLink link = links.get(transport);
        if (link == null) {
            throw new CommandChannelException("device " + deviceId + " is on " + transport
                    + ", which this hub does not run", null);
        }
        link.publish(deviceId, envelope);
    }
}
