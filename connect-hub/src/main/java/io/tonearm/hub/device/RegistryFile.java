package io.tonearm.hub.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's durable part in {@code <data-dir>/devices.json}: who each device said it is, its user
 * name, its last controller and when it was last seen. Written whole to a temporary file and moved over
 * the old one atomically, so a crash leaves the old or the new file, never half of one. A file that
 * does not read (corrupt, too big, edited badly) is moved aside to {@code devices.json.bad} and the
 * registry starts empty: devices announce themselves again on connect. Not thread-safe; one writer.
 */
public final class RegistryFile {

    private static final Logger log = LoggerFactory.getLogger(RegistryFile.class);
    static final long MAX_BYTES = 4L * 1024 * 1024;

    @Serdeable
    record Stored(String id, @Nullable String name, @Nullable DeviceType type, @Nullable String profile,
            @Nullable String agentVersion, boolean supportsVolume, @Nullable String customName,
            @Nullable String lastController, @Nullable Long lastSeenMs,
            @Nullable StoredCapabilities capabilities) {
    }

    /** As stored; checked when the entry is turned into a device, so one bad entry is skipped alone. */
    @Serdeable
    record StoredCapabilities(boolean volumeControl, boolean seek, boolean gapless, boolean hardwareVolume,
            boolean display, boolean groups, int maxQualityKbps, @Nullable List<String> transports) {
        static StoredCapabilities of(DeviceCapabilities c) {
            return new StoredCapabilities(c.volumeControl(), c.seek(), c.gapless(), c.hardwareVolume(), c.display(),
                    c.groups(), c.maxQualityKbps(), c.transports());
        }

        DeviceCapabilities checked() {
            return new DeviceCapabilities(volumeControl, seek, gapless, hardwareVolume, display, groups, maxQualityKbps,
                    transports);
        }
    }

    @Serdeable
    record Contents(int format, List<Stored> devices) {
    }

    private final Path file;
    private final JsonMapper json;

    public RegistryFile(Path file, JsonMapper json) {
        this.file = file;
        this.json = json;
    }

    /** The devices stored, all offline; entries that fail validation are skipped with a warning. */
    public List<Device> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        Contents contents;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("larger than " + MAX_BYTES + " bytes");
            }
            contents = json.readValue(Files.readAllBytes(file), Argument.of(Contents.class));
            if (contents == null || contents.format() != 1 || contents.devices() == null) {
                throw new IOException("not a format 1 registry file");
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Device registry {} does not read ({}); moved aside, starting empty", file, e.toString());
            moveAside();
            return List.of();
        }
        List<Device> devices = new ArrayList<>();
        for (Stored s : contents.devices()) {
            try {
                devices.add(toDevice(s));
            } catch (RuntimeException e) {
                log.warn("Skipped a stored device: {}", e.getMessage());
            }
        }
        return devices;
    }

    public void save(List<Device> devices) throws IOException {
        List<Stored> stored = new ArrayList<>();
        for (Device d : devices) {
            Optional<DeviceInfo> info = d.info();
            stored.add(new Stored(d.id(), info.map(DeviceInfo::name).orElse(null),
                    info.map(DeviceInfo::type).orElse(null), info.map(DeviceInfo::profile).orElse(null),
                    info.map(DeviceInfo::agentVersion).orElse(null), info.map(DeviceInfo::supportsVolume).orElse(false),
                    d.customName().orElse(null), d.lastController().orElse(null),
                    d.lastSeen().map(Instant::toEpochMilli).orElse(null),
                    info.map(DeviceInfo::capabilities).map(StoredCapabilities::of).orElse(null)));
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, json.writeValueAsBytes(new Contents(1, stored)));
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Device toDevice(Stored s) {
        Optional<DeviceInfo> info = s.name() == null || s.type() == null ? Optional.empty()
                : Optional.of(new DeviceInfo(s.name(), s.type(), nonNull(s.profile()), nonNull(s.agentVersion()),
                        s.capabilities() != null ? s.capabilities().checked() : DeviceCapabilities.legacy(s.supportsVolume())));
        return new Device(s.id(), info, false, Optional.empty(), Optional.ofNullable(s.customName()),
                Optional.ofNullable(s.lastController()).filter(u -> !u.isBlank() && u.length() <= 64),
                Optional.ofNullable(s.lastSeenMs()).filter(ms -> ms >= 0).map(Instant::ofEpochMilli));
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }

    private void moveAside() {
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".bad"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log.warn("Cannot move {} aside: {}", file, e.toString());
        }
    }
}
