package io.tonearm.agent.stream;

import java.util.regex.Pattern;

/** A catalog track, written {@code tonearm:track:ID} on the wire. */
public record TrackRef(String id) {
    private static final String PREFIX = "tonearm:track:";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public TrackRef {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid track id: " + id);
        }
    }

    public static TrackRef fromUri(String uri) {
        if (uri == null || !uri.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a track uri: " + uri);
        }
        return new TrackRef(uri.substring(PREFIX.length()));
    }

    public String uri() {
        return PREFIX + id;
    }

    @Override
    public String toString() {
        return uri();
    }
}
