package io.tonearm.hub.device;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where translated device messages enter the domain, from any transport: registry updates and ack
 * matching; it also notes the transport each device last spoke on ({@link DeviceRoutes}). Called on
 * the transports' callback threads; never blocks.
 */
@Singleton
public class DeviceInbox {

    private static final Logger log = LoggerFactory.getLogger(DeviceInbox.class);

    private final DeviceRegistry registry;
    private final PendingAcks acks;
    private final DeviceRoutes routes;

    public DeviceInbox(DeviceRegistry registry, PendingAcks acks, DeviceRoutes routes) {
        this.registry = registry;
        this.acks = acks;
        this.routes = routes;
    }

    public void accept(Transport transport, DeviceMessage message) {
        if (!(message instanceof DeviceMessage.Forgotten)) {
            routes.heard(message.deviceId(), transport);
        }
        message.accept(new DeviceMessage.Visitor<Void>() {
            @Override
            public Void announced(DeviceMessage.Announced m) {
                registry.announced(m);
                return null;
            }

            @Override
            public Void forgotten(DeviceMessage.Forgotten m) {
                registry.forgotten(m);
                return null;
            }

            @Override
            public Void presence(DeviceMessage.PresenceChanged m) {
                registry.presence(m);
                return null;
            }

            @Override
            public Void state(DeviceMessage.StateReported m) {
                registry.state(m);
                return null;
            }

            @Override
            public Void event(DeviceMessage.EventReported m) {
                log.debug("Device {} event {} {}", m.deviceId(), m.kind(), m.trackUri().orElse(""));
                return null;
            }

            @Override
            public Void answered(DeviceMessage.CommandAnswered m) {
                acks.answered(m);
                return null;
            }
        });
    }
}
