package io.tonearm.hub.player;

import io.tonearm.hub.device.Device;
import io.tonearm.hub.device.DeviceState;
import io.tonearm.hub.device.PlaybackStatus;
import java.time.Instant;

/** Where playback is now, from a device's last report. */
final class Progress {

    private Progress() {
    }

    /**
     * The reported position, extrapolated to {@code now} while playing (never past the track's end).
     * The anchor is the report's own timestamp (device clock) or, when the device sent none, the time
     * the hub received it.
     */
    static long at(Device.Reported reported, Instant now) {
        DeviceState s = reported.state();
        if (s.status() != PlaybackStatus.PLAYING) {
            return s.positionMs();
        }
        long anchor = s.positionTimestampMs() > 0 ? s.positionTimestampMs() : reported.receivedAt().toEpochMilli();
        long position = s.positionMs() + Math.max(0, now.toEpochMilli() - anchor);
        return s.durationMs() > 0 ? Math.min(position, s.durationMs()) : position;
    }
}
