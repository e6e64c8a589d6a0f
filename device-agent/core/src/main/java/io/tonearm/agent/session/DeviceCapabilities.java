package io.tonearm.agent.session;

import io.tonearm.agent.stream.Quality;
import java.util.Objects;

/**
 * What the device can do, announced in its hello (connect.proto {@code Capabilities}): the
 * profile's capabilities plus what this agent implements ({@code gapless}, {@code seek}).
 *
 * @param volumeControl  the device changes its own volume
 * @param hardwareVolume volume goes to a hardware mixer rather than scaling samples
 * @param display        it can show what is playing
 * @param groups         it can join a group of synchronised devices
 * @param maxQuality     the highest quality it streams
 */
public record DeviceCapabilities(boolean volumeControl, boolean hardwareVolume, boolean display, boolean groups,
                                 Quality maxQuality, boolean gapless, boolean seek) {
    public DeviceCapabilities {
        Objects.requireNonNull(maxQuality, "maxQuality");
    }

    /** A device with software volume, no screen and no groups, capped at {@code maxQuality}. */
    public static DeviceCapabilities basic(boolean volumeControl, Quality maxQuality) {
        return new DeviceCapabilities(volumeControl, false, false, false, maxQuality, true, true);
    }
}
