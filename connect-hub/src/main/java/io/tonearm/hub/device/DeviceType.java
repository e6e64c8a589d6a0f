package io.tonearm.hub.device;

/** What kind of product a device is. Codes match {@code tonearm.connect.v1.DeviceType}. */
public enum DeviceType {
    UNKNOWN(0, "Unknown"),
    SPEAKER(1, "Speaker"),
    CAR(2, "Automobile"),
    TV(3, "TV"),
    COMPUTER(4, "Computer"),
    /** A Raspberry-Pi-class board with its own DAC; to a phone app it is a speaker. */
    BOARD(5, "Speaker");

    private final int code;
    private final String spotifyName;

    DeviceType(int code, String spotifyName) {
        this.code = code;
        this.spotifyName = spotifyName;
    }

    public int code() {
        return code;
    }

    /** The device type as Spotify's Web API spells it. */
    public String spotifyName() {
        return spotifyName;
    }

    /** Unknown codes (a newer device) read as {@link #UNKNOWN}, never as an error. */
    public static DeviceType fromCode(int code) {
        for (DeviceType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return UNKNOWN;
    }
}
