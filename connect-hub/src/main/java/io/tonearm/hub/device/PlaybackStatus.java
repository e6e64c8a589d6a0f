package io.tonearm.hub.device;

/** What a device's player is doing. Codes match {@code tonearm.connect.v1.PlaybackStatus}. */
public enum PlaybackStatus {
    IDLE(1), LOADING(2), PLAYING(3), PAUSED(4), STOPPED(5), ERROR(6);

    private final int code;

    PlaybackStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static PlaybackStatus fromCode(int code) {
        for (PlaybackStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown playback status " + code);
    }
}
