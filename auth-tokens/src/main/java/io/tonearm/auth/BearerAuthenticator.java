package io.tonearm.auth;

import java.util.Optional;

/**
 * Turns an {@code Authorization} header value into the user it authenticates or the 401 message to
 * send, worded as Spotify's Web API words them. Both services call this, so a token means the same
 * on each. Thread-safe; no I/O.
 */
public final class BearerAuthenticator {

    public static final String NO_TOKEN = "No token provided";
    public static final String INVALID = "Invalid access token";
    public static final String EXPIRED = "The access token expired";
    private static final String PREFIX = "bearer ";

    private final AccessTokens tokens;

    public BearerAuthenticator(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** The outcome for one request: a user, or a refusal with the message for the 401 body. */
    public sealed interface Outcome {
    }

    public record Authenticated(UserId user) implements Outcome {
    }

    public record Unauthorized(String message) implements Outcome {
    }

    public Outcome authenticate(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return new Unauthorized(NO_TOKEN);
        }
        String value = header.get().trim();
        if (value.equalsIgnoreCase("bearer")) {
            return new Unauthorized(NO_TOKEN);
        }
        if (value.length() <= PREFIX.length() || !value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return new Unauthorized(INVALID);
        }
        TokenCheck check = tokens.check(value.substring(PREFIX.length()).trim());
        if (check instanceof TokenCheck.Valid) {
            return new Authenticated(((TokenCheck.Valid) check).user());
        } else if (check instanceof TokenCheck.Refused) {
            return new Unauthorized(((TokenCheck.Refused) check).reason() == TokenCheck.Reason.EXPIRED ? EXPIRED : INVALID);
        }
        throw new AssertionError("unknown token check " + check);
    }
}
