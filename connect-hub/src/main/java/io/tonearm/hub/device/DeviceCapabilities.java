package io.tonearm.hub.device;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Set;

/**
 * What a device said it can do in its hello ({@code tonearm.connect.v1.Capabilities} and the hello's
 * transports). Kept in the registry and its file, shown in {@code GET /v1/me/player/devices} as
 * {@code capabilities}, and checked before a command the device cannot carry out is sent.
 *
 * @param maxQualityKbps the highest quality it streams (24, 96, 160 or 320); 0 when it did not say
 * @param transports     "mqtt" and/or "coap", in the order the device listed them
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeviceCapabilities(
        @JsonProperty("volume_control") boolean volumeControl,
        boolean seek,
        boolean gapless,
        @JsonProperty("hardware_volume") boolean hardwareVolume,
        boolean display,
        boolean groups,
        @JsonProperty("max_quality_kbps") int maxQualityKbps,
        List<String> transports) {

    private static final Set<Integer> QUALITIES = Set.of(0, 24, 96, 160, 320);
    private static final Set<String> TRANSPORTS = Set.of("mqtt", "coap");

    public DeviceCapabilities {
        if (!QUALITIES.contains(maxQualityKbps)) {
            throw new IllegalArgumentException("max quality must be 0, 24, 96, 160 or 320 kbps, not " + maxQualityKbps);
        }
        transports = transports == null ? List.of() : List.copyOf(transports);
        if (!TRANSPORTS.containsAll(transports) || transports.size() > 2) {
            throw new IllegalArgumentException("transports must be mqtt and/or coap: " + transports);
        }
    }

    /**
     * What a registry entry written before capabilities were kept stands for: the volume flag it
     * had, and seek allowed, as every agent of that time could seek.
     */
    public static DeviceCapabilities legacy(boolean volumeControl) {
        return new DeviceCapabilities(volumeControl, true, false, false, false, false, 0, List.of());
    }

    /** The kbps of a {@code tonearm.connect.v1.Quality} code; 0 for unspecified or unknown codes. */
    public static int kbpsOfQualityCode(int code) {
        switch (code) {
            case 1:
                return 24;
            case 2:
                return 96;
            case 3:
                return 160;
            case 4:
                return 320;
            default:
                return 0;
        }
    }
}
