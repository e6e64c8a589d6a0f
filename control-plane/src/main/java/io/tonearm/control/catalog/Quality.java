package io.tonearm.control.catalog;

import io.tonearm.control.error.InvalidRequestException;

import java.util.Optional;

/** The Ogg Vorbis encodings every track is offered in, by nominal bit rate. */
public enum Quality {
    KBPS_24(24), KBPS_96(96), KBPS_160(160), KBPS_320(320);

    private final int kbps;

    Quality(int kbps) {
        this.kbps = kbps;
    }

    public int kbps() {
        return kbps;
    }

    public static Optional<Quality> fromKbps(int kbps) {
        for (Quality quality : values()) {
            if (quality.kbps == kbps) {
                return Optional.of(quality);
            }
        }
        return Optional.empty();
    }

    /** Parses an exact decimal such as {@code "160"}; anything else is empty. */
    public static Optional<Quality> fromText(String text) {
        if (text == null || !text.matches("[0-9]{2,3}")) {
            return Optional.empty();
        }
        return fromKbps(Integer.parseInt(text));
    }

    /** Parses the {@code quality} query parameter: missing or unknown is a 400. */
    public static Quality parseParameter(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidRequestException("quality is required: one of 24, 96, 160, 320");
        }
        return fromText(raw).orElseThrow(
                () -> new InvalidRequestException("Unknown quality: use one of 24, 96, 160, 320"));
    }
}
