package io.tonearm.control.playlist;

import io.tonearm.control.error.NotFoundException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/** A playlist id: 22 base62 characters (about 131 random bits), as Spotify's ids look. */
public record PlaylistId(String value) {

    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9]{22}");
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    public PlaylistId {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("a playlist id is 22 base62 characters");
        }
    }

    public static PlaylistId random() {
        StringBuilder id = new StringBuilder(22);
        for (int i = 0; i < 22; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new PlaylistId(id.toString());
    }

    /**
     * Parses a path segment. A malformed id cannot name a playlist, so it is 404 like an unknown one
     * (and, like one, says nothing about which playlists exist).
     */
    public static PlaylistId parse(String raw) {
        if (raw == null || !PATTERN.matcher(raw).matches()) {
            throw new NotFoundException("Playlist not found");
        }
        return new PlaylistId(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
