package io.tonearm.hub.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenStoreTest {

    private final TokenStore store = new TokenStore();

    @Test
    void an_issued_token_names_its_user() {
        String token = store.issue("demo");
        assertThat(store.userFor(token)).contains("demo");
    }

    @Test
    void unknown_malformed_and_missing_tokens_name_nobody() {
        store.issue("demo");
        assertThat(store.userFor(Tokens.newToken())).isEmpty();
        assertThat(store.userFor("short")).isEmpty();
        assertThat(store.userFor("")).isEmpty();
        assertThat(store.userFor(null)).isEmpty();
    }

    @Test
    void tokens_are_256_random_bits_in_base64url() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = Tokens.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void a_registered_token_is_accepted_and_a_malformed_one_is_refused() {
        String token = Tokens.newToken();
        store.register(token, "demo");
        assertThat(store.userFor(token)).contains("demo");
        assertThatThrownBy(() -> store.register("not a token", "demo")).isInstanceOf(IllegalArgumentException.class);
    }
}
