package io.tonearm.control.stream;

import io.tonearm.control.error.InvalidRequestException;

import java.util.regex.Pattern;

/** A device id as bound into a stream URL: {@code [A-Za-z0-9._:-]{1,128}}, safe in a query string as is. */
public record DeviceId(String value) {

    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    public DeviceId {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("device id must match " + PATTERN.pattern());
        }
    }

    /** Parses the {@code device_id} query parameter; off-pattern values are a 400. */
    public static DeviceId parse(String raw) {
        if (raw == null || raw.length() > 128 || !PATTERN.matcher(raw).matches()) {
            throw new InvalidRequestException("Invalid device_id");
        }
        return new DeviceId(raw);
    }
}
