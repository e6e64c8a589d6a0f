package io.tonearm.control.search;

import io.tonearm.control.error.InvalidRequestException;

import java.util.EnumSet;
import java.util.Set;

/**
 * The validated parameters of {@code GET /v1/search}. {@code type} is a comma-separated list of
 * {@code track}, {@code artist}, {@code album}, {@code playlist} (required, as in Spotify's API);
 * {@code limit} is 1 to 50 (default 20); {@code offset} 0 to {@link #MAX_OFFSET} (default 0).
 * Anything else is a 400 whose message never repeats the input.
 */
public record SearchRequest(String q, SearchQuery query, Set<SearchType> types, int limit, long offset) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;
    public static final int MAX_OFFSET = 1000;
    private static final String BAD_TYPE = "type must list one or more of track, artist, album, playlist";

    public SearchRequest {
        if (q == null || query == null || types == null || types.isEmpty()) {
            throw new IllegalArgumentException("q, query and at least one type are required");
        }
        types = Set.copyOf(types);
        if (limit < 1 || limit > MAX_LIMIT || offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("limit 1.." + MAX_LIMIT + ", offset 0.." + MAX_OFFSET);
        }
    }

    public static SearchRequest parse(SearchQueryParser parser, String q, String type, String limit, String offset) {
        SearchQuery query = parser.parse(q);
        return new SearchRequest(q, query, types(type),
                (int) number(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "limit must be an integer from 1 to " + MAX_LIMIT),
                number(offset, 0, 0, MAX_OFFSET, "offset must be an integer from 0 to " + MAX_OFFSET));
    }

    private static Set<SearchType> types(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidRequestException("Missing parameter type");
        }
        if (raw.length() > 64) {
            throw new InvalidRequestException(BAD_TYPE);
        }
        Set<SearchType> types = EnumSet.noneOf(SearchType.class);
        for (String part : raw.split(",", -1)) {
            types.add(SearchType.fromCode(part.trim()).orElseThrow(() -> new InvalidRequestException(BAD_TYPE)));
        }
        return types;
    }

    private static long number(String raw, long absent, long min, long max, String message) {
        if (raw == null) {
            return absent;
        }
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
