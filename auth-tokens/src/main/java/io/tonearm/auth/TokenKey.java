package io.tonearm.auth;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One HS256 signing secret and the id ({@code kid}) tokens signed with it carry. At least 256 bits,
 * as RFC 7518 §3.2 requires for HS256.
 */
public final class TokenKey {

    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    public static final int MIN_BYTES = 32;

    private final String id;
    private final byte[] secret;

    public TokenKey(String id, byte[] secret) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a token key id is 1 to 32 of [A-Za-z0-9_-]");
        }
        if (secret == null || secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("a token key needs at least " + MIN_BYTES + " bytes");
        }
        this.id = id;
        this.secret = secret.clone();
    }

    public String id() {
        return id;
    }

    byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenKey && ((TokenKey) o).id.equals(id) && Arrays.equals(((TokenKey) o).secret, secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "TokenKey[" + id + "]";
    }
}
