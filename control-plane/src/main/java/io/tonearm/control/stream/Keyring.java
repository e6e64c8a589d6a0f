package io.tonearm.control.stream;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The keys stream URLs may be signed with: new URLs use the active key, verification accepts any
 * key by id, so a key can be rotated in before it signs and kept after it stops.
 */
public record Keyring(Map<String, SigningKey> keys, String activeId) {

    public Keyring {
        keys = Map.copyOf(new TreeMap<>(keys));
        if (!keys.containsKey(activeId)) {
            throw new IllegalArgumentException("active key " + activeId + " is not in the keyring");
        }
        keys.forEach((id, key) -> {
            if (!id.equals(key.id())) {
                throw new IllegalArgumentException("key " + key.id() + " filed under " + id);
            }
        });
    }

    public static Keyring of(SigningKey only) {
        return new Keyring(Map.of(only.id(), only), only.id());
    }

    public SigningKey active() {
        return keys.get(activeId);
    }

    public Optional<SigningKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }
}
