package io.tonearm.control.catalog;

import io.tonearm.control.error.InvalidRequestException;

import java.util.regex.Pattern;

/** A track id: {@code [A-Za-z0-9_-]{1,64}}. Safe as a URL segment, a file name and a SQL value. */
public record TrackId(String value) {

    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public TrackId {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("track id must match " + PATTERN.pattern());
        }
    }

    /** Parses client input; anything off-pattern is a 400 that never reaches storage. */
    public static TrackId parse(String raw) {
        if (raw == null || raw.length() > 64 || !PATTERN.matcher(raw).matches()) {
            throw new InvalidRequestException("Invalid track id");
        }
        return new TrackId(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
