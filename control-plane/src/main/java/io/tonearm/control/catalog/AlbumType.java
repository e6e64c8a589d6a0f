package io.tonearm.control.catalog;

import java.util.Locale;
import java.util.Optional;

/** Spotify's {@code album_type}; the wire and column value is the lower-case name. */
public enum AlbumType {
    ALBUM, SINGLE, COMPILATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The exact lower-case code ({@code "album"}, {@code "single"}, {@code "compilation"}); anything else is empty. */
    public static Optional<AlbumType> fromCode(String code) {
        for (AlbumType type : values()) {
            if (type.code().equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
