package io.tonearm.control.catalog;

import io.tonearm.control.error.InvalidRequestException;

/** A validated {@code limit}/{@code offset} pair: limit 1 to 50 (default 20), offset 0 or more. */
public record PageWindow(int limit, long offset) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    private static final long MAX_OFFSET = 1_000_000_000L;

    public PageWindow {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("limit 1.." + MAX_LIMIT + ", offset 0.." + MAX_OFFSET);
        }
    }

    /** Parses raw query parameters; absent values take defaults, anything else off-range is a 400. */
    public static PageWindow parse(String limit, String offset) {
        int parsedLimit = limit == null ? DEFAULT_LIMIT
                : (int) number(limit, 1, MAX_LIMIT, "limit must be an integer from 1 to " + MAX_LIMIT);
        long parsedOffset = offset == null ? 0
                : number(offset, 0, MAX_OFFSET, "offset must be a non-negative integer");
        return new PageWindow(parsedLimit, parsedOffset);
    }

    private static long number(String raw, long min, long max, String message) {
        if (!raw.matches("[0-9]{1,10}")) {
            throw new InvalidRequestException(message);
        }
        long value = Long.parseLong(raw);
        if (value < min || value > max) {
            throw new InvalidRequestException(message);
        }
        return value;
    }
}
