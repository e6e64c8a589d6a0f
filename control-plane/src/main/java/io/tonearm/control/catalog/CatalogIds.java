package io.tonearm.control.catalog;

import io.tonearm.control.error.InvalidRequestException;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses catalog ids from client input. Album and artist ids follow the track id pattern
 * ({@link TrackId#PATTERN}); anything off-pattern is a 400 that never reaches storage, and the
 * message never repeats the input.
 */
public final class CatalogIds {

    /** Most ids one {@code ids=} request may name, as in Spotify's Web API. */
    public static final int MAX_IDS = 50;

    private CatalogIds() {
    }

    public static String albumId(String raw) {
        return checked(raw, "Invalid album id");
    }

    public static String artistId(String raw) {
        return checked(raw, "Invalid artist id");
    }

    /**
     * Parses {@code ids=a,b,c}: 1 to {@link #MAX_IDS} well-formed track ids, in order, duplicates
     * kept. An empty list, an empty entry, a malformed entry or too many entries is a 400.
     */
    public static List<TrackId> trackIds(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidRequestException("ids must list 1 to " + MAX_IDS + " track ids");
        }
        if (raw.length() > MAX_IDS * 65) {
            throw new InvalidRequestException("ids may list at most " + MAX_IDS + " track ids");
        }
        String[] parts = raw.split(",", -1);
        if (parts.length > MAX_IDS) {
            throw new InvalidRequestException("ids may list at most " + MAX_IDS + " track ids");
        }
        List<TrackId> ids = new ArrayList<>(parts.length);
        for (String part : parts) {
            ids.add(TrackId.parse(part));
        }
        return ids;
    }

    private static String checked(String raw, String message) {
        if (raw == null || raw.length() > 64 || !TrackId.PATTERN.matcher(raw).matches()) {
            throw new InvalidRequestException(message);
        }
        return raw;
    }
}
