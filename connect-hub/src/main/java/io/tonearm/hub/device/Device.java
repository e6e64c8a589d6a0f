package io.tonearm.hub.device;

import io.tonearm.protocol.Topics;
import java.time.Instant;
import java.util.Optional;

/**
 * What the hub knows of one device. A device is listed (usable) when it has said hello and is online;
 * retained messages may arrive in any order, so each part is optional until it does.
 *
 * @param customName     the name a user gave it ({@code PUT /v1/me/player/devices/{id}}); wins over the hello's
 * @param lastController the user who last started playback on it (rebuilds that user's session after a restart)
 * @param lastSeen       when the hub last heard from it (hub clock)
 */
public record Device(String id, Optional<DeviceInfo> info, boolean online, Optional<Reported> state,
        Optional<String> customName, Optional<String> lastController, Optional<Instant> lastSeen) {

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
        if (info == null || state == null || customName == null || lastController == null || lastSeen == null) {
            throw new IllegalArgumentException("optional parts must be present or empty, not null");
        }
        customName.ifPresent(DeviceNames::require);
    }

    static Device unknown(String id) {
        return new Device(id, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** Said hello and is online: shown to people and accepts commands. */
    public boolean listed() {
        return online && info.isPresent();
    }

    /** The name people see: the user's, the hello's, or the id before the hello arrived. */
    public String displayName() {
        return customName.or(() -> info.map(DeviceInfo::name)).orElse(id);
    }

    /** The volume the device last reported; empty until it has reported (never a default). */
    public Optional<Integer> volumePercent() {
        return state.map(r -> r.state().volumePercent());
    }

    Device withInfo(DeviceInfo newInfo) {
        return new Device(id, Optional.of(newInfo), online, state, customName, lastController, lastSeen);
    }

    Device withOnline(boolean nowOnline) {
        return new Device(id, info, nowOnline, state, customName, lastController, lastSeen);
    }

    Device withState(Reported reported) {
        return new Device(id, info, online, Optional.of(reported), customName, lastController, lastSeen);
    }

    Device withCustomName(Optional<String> name) {
        return new Device(id, info, online, state, name, lastController, lastSeen);
    }

    Device withLastController(String user) {
        return new Device(id, info, online, state, customName, Optional.of(user), lastSeen);
    }

    Device seenAt(Instant when) {
        return new Device(id, info, online, state, customName, lastController, Optional.of(when));
    }

    /** What survives a restart: everything but presence and the state report. */
    Device durable() {
        return new Device(id, info, false, Optional.empty(), customName, lastController, lastSeen);
    }
}
