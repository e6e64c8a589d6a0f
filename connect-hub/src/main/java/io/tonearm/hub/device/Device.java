package io.tonearm.hub.device;

import io.tonearm.protocol.Topics;
import java.time.Instant;
import java.util.Optional;

/**
 * What the hub knows of one device. A device is listed (usable) when it has said hello and is online;
 * retained messages may arrive in any order, so each part is optional until it does.
 */
public record Device(String id, Optional<DeviceInfo> info, boolean online, Optional<Reported> state) {

    /** A state report and when the hub received it (hub clock). */
    public record Reported(DeviceState state, Instant receivedAt) {
        public Reported {
            if (state == null || receivedAt == null) {
                throw new IllegalArgumentException("state and received-at are required");
            }
        }
    }

    public Device {
        if (!Topics.isValidDeviceId(id)) {
            throw new IllegalArgumentException("invalid device id: " + id);
        }
        if (info == null || state == null) {
            throw new IllegalArgumentException("info and state must be present or empty, not null");
        }
    }

    static Device unknown(String id) {
        return new Device(id, Optional.empty(), false, Optional.empty());
    }

    /** Said hello and is online: shown to people and accepts commands. */
    public boolean listed() {
        return online && info.isPresent();
    }

    /** The name people see, or the id before the hello arrived. */
    public String displayName() {
        return info.map(DeviceInfo::name).orElse(id);
    }

    /** The volume the device last reported; empty until it has reported (never a default). */
    public Optional<Integer> volumePercent() {
        return state.map(r -> r.state().volumePercent());
    }

    Device withInfo(DeviceInfo newInfo) {
        return new Device(id, Optional.of(newInfo), online, state);
    }

    Device withOnline(boolean nowOnline) {
        return new Device(id, info, nowOnline, state);
    }

    Device withState(Reported reported) {
        return new Device(id, info, online, Optional.of(reported));
    }
}
