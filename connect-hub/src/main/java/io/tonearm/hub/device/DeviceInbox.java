package io.tonearm.hub.device;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where translated device messages enter the domain: registry updates and ack matching. Called on the
 * MQTT client's callback thread; never blocks.
 */
@Singleton
public class DeviceInbox {

    private static final Logger log = LoggerFactory.getLogger(DeviceInbox.class);

    private final DeviceRegistry registry;
    private final PendingAcks acks;

    public DeviceInbox(DeviceRegistry registry, PendingAcks acks) {
        this.registry = registry;
        this.acks = acks;
    }

    public void accept(DeviceMessage message) {
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
