package io.tonearm.auth;

import java.util.regex.Pattern;

/**
 * A user's id, the {@code sub} of an access token: 1 to 64 of {@code [A-Za-z0-9._-]}, so it can
 * appear in a URL path ({@code /v1/users/{user_id}/playlists}) and a log line unescaped.
 */
public record UserId(String value) {

    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public UserId {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("a user id is 1 to 64 of [A-Za-z0-9._-]");
        }
    }

    /** Whether {@code raw} is a well-formed user id. */
    public static boolean wellFormed(String raw) {
        return raw != null && PATTERN.matcher(raw).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
