package io.tonearm.control.stream;

import io.tonearm.control.ControlProperties;

import java.util.Arrays;

/** An HMAC-SHA256 key and the id that URLs name it by. The secret never appears in {@link #toString()}. */
public final class SigningKey {

    private final String id;
    private final byte[] secret;

    public SigningKey(String id, byte[] secret) {
        if (id == null || !ControlProperties.KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("key id must match " + ControlProperties.KEY_ID.pattern());
        }
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("key " + id + " must have at least 256 bits");
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
    public boolean equals(Object other) {
        return other instanceof SigningKey && ((SigningKey) other).id.equals(id)
                && Arrays.equals(((SigningKey) other).secret, secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "SigningKey[" + id + "]";
    }
}
