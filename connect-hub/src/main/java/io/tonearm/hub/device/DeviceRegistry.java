package io.tonearm.hub.device;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every device the hub has heard of, built from hello, presence and state. Written only by the MQTT
 * client's callback thread; read from any thread (entries are immutable records).
 */
@Singleton
public class DeviceRegistry {

    private static final Logger log = LoggerFactory.getLogger(DeviceRegistry.class);

    private final Map<String, Device> devices = new ConcurrentHashMap<>();
    private final Clock clock;

    public DeviceRegistry(Clock clock) {
        this.clock = clock;
    }

    public Optional<Device> find(String deviceId) {
        return Optional.ofNullable(devices.get(deviceId));
    }

    /** Devices that said hello and are online, by name. */
    public List<Device> listed() {
        return devices.values().stream()
                .filter(Device::listed)
                .sorted(Comparator.comparing(Device::displayName).thenComparing(Device::id))
                .collect(Collectors.toList());
    }

    void announced(DeviceMessage.Announced m) {
        update(m.deviceId(), d -> d.withInfo(m.info()));
    }

    void presence(DeviceMessage.PresenceChanged m) {
        update(m.deviceId(), d -> d.withOnline(m.online()));
    }

    void state(DeviceMessage.StateReported m) {
        update(m.deviceId(), d -> d.withState(new Device.Reported(m.state(), clock.instant())));
    }

    void forgotten(DeviceMessage.Forgotten m) {
        Device removed = devices.remove(m.deviceId());
        if (removed != null) {
            log.info("Device {} forgotten (its hello was cleared)", m.deviceId());
        }
    }

    private void update(String id, UnaryOperator<Device> change) {
        Device[] before = new Device[1];
        Device after = devices.compute(id, (key, old) -> {
            before[0] = old;
            return change.apply(old != null ? old : Device.unknown(key));
        });
        boolean wasListed = before[0] != null && before[0].listed();
        if (!wasListed && after.listed()) {
            DeviceInfo info = after.info().orElseThrow();
            log.info("Device {} is online: \"{}\" ({}, profile {}, agent {})", id, info.name(),
                    info.type().spotifyName(), blankAsDash(info.profile()), blankAsDash(info.agentVersion()));
        } else if (wasListed && !after.listed()) {
            log.info("Device {} is offline", id);
        }
    }

    private static String blankAsDash(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
