package io.tonearm.hub.device;

import io.tonearm.hub.NamedThreads;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every device the hub has heard of, built from hello, presence and state, plus what users set (names)
 * and the durable part that survives a restart ({@link RegistryFile}; stored devices come back offline
 * until they say so). Device messages arrive on the MQTT client's callback thread; users' changes on
 * request threads; entries are immutable records swapped atomically, readable from any thread. State
 * reports reach the {@link DeviceReportListener}s on their own thread ({@link ReportRelay}). Saving
 * runs on its own thread ("hub-registry-writer") and coalesces bursts: at most one write every
 * {@link #MIN_WRITE_INTERVAL}, so a connect storm of 10,000 hellos is a handful of writes, not thousands
 * of rewrites of a growing file; {@link #close()} still writes what changed last.
 */
public class DeviceRegistry {

    private static final Logger log = LoggerFactory.getLogger(DeviceRegistry.class);

    private final Map<String, Device> devices = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Optional<RegistryFile> file;
    private final ReportRelay reports;
    /** The shortest time between two writes of the registry file. */
    static final Duration MIN_WRITE_INTERVAL = Duration.ofSeconds(1);

    private final ScheduledExecutorService writer =
            Executors.newSingleThreadScheduledExecutor(new NamedThreads("hub-registry-writer"));
    private final AtomicBoolean savePending = new AtomicBoolean();
    /** When the last write started (System.nanoTime); written and read on the writer thread and in save. */
    private volatile long lastWriteNanos = System.nanoTime() - MIN_WRITE_INTERVAL.toNanos();

    public DeviceRegistry(Clock clock, Optional<RegistryFile> file, List<DeviceReportListener> listeners) {
        this.clock = clock;
        this.file = file;
        this.reports = new ReportRelay(listeners);
        file.ifPresent(f -> f.load().forEach(d -> devices.put(d.id(), d)));
        if (!devices.isEmpty()) {
            log.info("Device registry: {} known device(s), offline until they reconnect", devices.size());
        }
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

    /** Gives a device a name of the user's, or back the hello's name when empty. False if unknown. */
    public boolean rename(String deviceId, Optional<String> name) {
        name.ifPresent(DeviceNames::require);
        Device after = devices.computeIfPresent(deviceId, (id, d) -> d.withCustomName(name));
        if (after != null) {
            save();
        }
        return after != null;
    }

    /** {@code user} started playback on the device (its session follows it across hub restarts). */
    public void controlledBy(String deviceId, String user) {
        Device before = devices.get(deviceId);
        if (before != null && !before.lastController().equals(Optional.of(user))) {
            devices.computeIfPresent(deviceId, (id, d) -> d.withLastController(user));
            save();
        }
    }

    void announced(DeviceMessage.Announced m) {
        update(m.deviceId(), d -> d.withInfo(m.info()), true);
    }

    void presence(DeviceMessage.PresenceChanged m) {
        update(m.deviceId(), d -> d.withOnline(m.online()), true);
    }

    void state(DeviceMessage.StateReported m) {
        Device.Reported reported = new Device.Reported(m.state(), clock.instant());
        Device after = update(m.deviceId(), d -> d.withState(reported), false);
        reports.offer(after, reported);
    }

    void forgotten(DeviceMessage.Forgotten m) {
        Device removed = devices.remove(m.deviceId());
        if (removed != null) {
            log.info("Device {} forgotten (its hello was cleared)", m.deviceId());
            save();
        }
    }

    private Device update(String id, UnaryOperator<Device> change, boolean durable) {
        Device[] before = new Device[1];
        Device after = devices.compute(id, (key, old) -> {
            before[0] = old;
            return change.apply(old != null ? old : Device.unknown(key)).seenAt(clock.instant());
        });
        boolean wasListed = before[0] != null && before[0].listed();
        if (!wasListed && after.listed()) {
            DeviceInfo info = after.info().orElseThrow();
            log.info("Device {} is online: \"{}\" ({}, profile {}, agent {})", id, info.name(),
                    info.type().spotifyName(), blankAsDash(info.profile()), blankAsDash(info.agentVersion()));
        } else if (wasListed && !after.listed()) {
            log.info("Device {} is offline", id);
        }
        if (durable) {
            save();
        }
        return after;
    }

    private void save() {
        if (file.isEmpty() || !savePending.compareAndSet(false, true)) {
            return;
        }
        long wait = lastWriteNanos + MIN_WRITE_INTERVAL.toNanos() - System.nanoTime();
        try {
            writer.schedule(this::write, Math.max(0, wait), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.debug("Registry change after shutdown not saved");
        }
    }

    private void write() {
        savePending.set(false);
        lastWriteNanos = System.nanoTime();
        try {
            file.get().save(devices.values().stream().map(Device::durable)
                    .sorted(Comparator.comparing(Device::id)).collect(Collectors.toList()));
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot save the device registry: {}", e.toString());
        }
    }

    /** Waits for a pending save, so what was known at shutdown is on disk. */
    public void close() {
        reports.close();
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String blankAsDash(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
