package io.tonearm.hub.auth;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which user a bearer token belongs to. Keeps only SHA-256 digests of tokens, and looks them up by
 * digest, so a lookup's timing says nothing about a valid token. In memory and deliberately small:
 * it is the seam where JWTs shared with the control plane replace opaque tokens.
 */
@Singleton
public class TokenStore {

    private final Map<String, String> usersByDigest = new ConcurrentHashMap<>();

    /** Issues a fresh token for {@code user}. */
    public String issue(String user) {
        String token = Tokens.newToken();
        register(token, user);
        return token;
    }

    /** Accepts an existing token (e.g. read back from the demo token file) for {@code user}. */
    public void register(String token, String user) {
        if (!Tokens.wellFormed(token)) {
            throw new IllegalArgumentException("not a token of this hub");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user is required");
        }
        usersByDigest.put(digest(token), user);
    }

    /** The token's user; empty for anything not issued or registered here. */
    public Optional<String> userFor(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(usersByDigest.get(digest(token)));
    }

    private static String digest(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JVM has SHA-256", e);
        }
    }
}
