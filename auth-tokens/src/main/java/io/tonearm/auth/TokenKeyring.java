package io.tonearm.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The token keys a service knows: the active one signs new tokens, every one verifies. Rotation adds
 * a key and makes it active while the old one keeps verifying the tokens already issued.
 */
public final class TokenKeyring {

    private final TokenKey active;
    private final Map<String, TokenKey> byId;

    public TokenKeyring(TokenKey active, Iterable<TokenKey> keys) {
        if (active == null) {
            throw new IllegalArgumentException("an active key is required");
        }
        Map<String, TokenKey> map = new LinkedHashMap<>();
        for (TokenKey key : keys) {
            if (map.putIfAbsent(key.id(), key) != null) {
                throw new IllegalArgumentException("duplicate token key id " + key.id());
            }
        }
        map.putIfAbsent(active.id(), active);
        if (!map.get(active.id()).equals(active)) {
            throw new IllegalArgumentException("two different keys named " + active.id());
        }
        this.active = active;
        this.byId = Map.copyOf(map);
    }

    public TokenKey active() {
        return active;
    }

    public Optional<TokenKey> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public Map<String, TokenKey> all() {
        return byId;
    }
}
