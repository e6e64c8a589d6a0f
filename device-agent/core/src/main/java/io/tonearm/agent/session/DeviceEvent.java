package io.tonearm.agent.session;

import io.tonearm.agent.stream.TrackRef;
import java.util.Optional;

/** Something that happened on the device, reported to the hub (and to the integrator's hook). */
public record DeviceEvent(Kind kind, long timestampMs, Optional<TrackRef> track, long positionMs,
                          int volumePercent, String errorCode, String message) {

    /** Wire codes match {@code tonearm.connect.v1.Event.Kind}. */
    public enum Kind {
        TRACK_STARTED(1), PAUSED(2), RESUMED(3), STOPPED(4), TRACK_COMPLETED(5), SEEKED(6),
        VOLUME_CHANGED(7), UNDERRUN(8), ERROR(9);

        private final int code;

        Kind(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public static Kind fromCode(int code) {
            for (Kind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown event kind " + code);
        }
    }

    public DeviceEvent {
        if (kind == null || track == null || errorCode == null || message == null) {
            throw new IllegalArgumentException("kind, track, errorCode and message are required (use empty)");
        }
        if (volumePercent < 0 || volumePercent > 100 || positionMs < 0) {
            throw new IllegalArgumentException("volume must be 0-100 and position not negative");
        }
    }
}
