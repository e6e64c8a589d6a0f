package io.tonearm.hub.device;

import io.tonearm.protocol.Topics;
import java.util.Optional;

/** What a device tells the hub (device → hub). Dispatch with {@link Visitor}, so no kind is forgotten. */
public sealed interface DeviceMessage {

    String deviceId();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R announced(Announced m);

        R forgotten(Forgotten m);

        R presence(PresenceChanged m);

        R state(StateReported m);

        R event(EventReported m);

        R answered(CommandAnswered m);
    }

    /** The device's hello: who it is and what it can do. */
    record Announced(String deviceId, DeviceInfo info) implements DeviceMessage {
        public Announced {
            requireId(deviceId);
            if (info == null) {
                throw new IllegalArgumentException("info is required");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.announced(this);
        }
    }

    /** Its retained hello was cleared (an empty retained message): the device is decommissioned. */
    record Forgotten(String deviceId) implements DeviceMessage {
        public Forgotten {
            requireId(deviceId);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.forgotten(this);
        }
    }

    /** Online or offline; the device's MQTT will is an offline presence. */
    record PresenceChanged(String deviceId, boolean online) implements DeviceMessage {
        public PresenceChanged {
            requireId(deviceId);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.presence(this);
        }
    }

    record StateReported(String deviceId, DeviceState state) implements DeviceMessage {
        public StateReported {
            requireId(deviceId);
            if (state == null) {
                throw new IllegalArgumentException("state is required");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.state(this);
        }
    }

    /** A playback event; {@code kind} is the wire kind in lower case, e.g. {@code track_started}. */
    record EventReported(String deviceId, String kind, Optional<String> trackUri) implements DeviceMessage {
        public EventReported {
            requireId(deviceId);
            if (kind == null || kind.isEmpty() || trackUri == null) {
                throw new IllegalArgumentException("kind and track uri (may be empty) are required");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.event(this);
        }
    }

    record CommandAnswered(String deviceId, CommandAck ack) implements DeviceMessage {
        public CommandAnswered {
            requireId(deviceId);
            if (ack == null) {
                throw new IllegalArgumentException("ack is required");
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.answered(this);
        }
    }

    private static void requireId(String deviceId) {
        if (!Topics.isValidDeviceId(deviceId)) {
            throw new IllegalArgumentException("invalid device id: " + deviceId);
        }
    }
}
