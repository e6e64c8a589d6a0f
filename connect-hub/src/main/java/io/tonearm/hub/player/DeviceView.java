package io.tonearm.hub.player;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.tonearm.hub.device.Device;
import io.tonearm.hub.device.DeviceCapabilities;
import io.tonearm.hub.device.DeviceInfo;
import java.util.List;

/** A device as Spotify's Web API shows it; {@code volume_percent} is null until the device reports it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeviceView(
        String id,
        String name,
        String type,
        @JsonProperty("is_active") boolean isActive,
        @JsonProperty("is_private_session") boolean isPrivateSession,
        @JsonProperty("is_restricted") boolean isRestricted,
        @JsonProperty("volume_percent") @Nullable Integer volumePercent,
        @JsonProperty("supports_volume") boolean supportsVolume,
        /** Tonearm's addition to Spotify's shape: what the device said it can do. */
        DeviceCapabilities capabilities) {

    /** {@code GET /v1/me/player/devices}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Devices(List<DeviceView> devices) {
    }

    static DeviceView of(Device device, boolean active) {
        DeviceInfo info = device.info().orElseThrow(() -> new IllegalArgumentException("device has not said hello"));
        return new DeviceView(device.id(), device.displayName(), info.type().spotifyName(), active, false, false,
                device.volumePercent().orElse(null), info.supportsVolume(), info.capabilities());
    }
}
