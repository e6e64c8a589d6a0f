package io.tonearm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerAuthenticatorTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T05:00:00Z"));
    private final TokenKey key = new TokenKey("k1", "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private final AccessTokens tokens = new AccessTokens(new TokenKeyring(key, List.of(key)), clock);
    private final BearerAuthenticator auth = new BearerAuthenticator(tokens);

    @Test
    void a_bearer_token_in_any_case_of_the_scheme_authenticates_its_user() {
        String token = tokens.issue(new UserId("alice"), Duration.ofMinutes(5));
        for (String header : List.of("Bearer " + token, "bearer " + token, "BEARER  " + token + " ")) {
            assertThat(auth.authenticate(Optional.of(header)))
                    .isEqualTo(new BearerAuthenticator.Authenticated(new UserId("alice")));
        }
    }

    @Test
    void missing_invalid_and_expired_tokens_get_spotifys_messages() {
        String token = tokens.issue(new UserId("alice"), Duration.ofMinutes(5));
        assertThat(auth.authenticate(Optional.empty())).isEqualTo(new BearerAuthenticator.Unauthorized("No token provided"));
        assertThat(auth.authenticate(Optional.of("  "))).isEqualTo(new BearerAuthenticator.Unauthorized("No token provided"));
        assertThat(auth.authenticate(Optional.of("Bearer"))).isEqualTo(new BearerAuthenticator.Unauthorized("No token provided"));
        assertThat(auth.authenticate(Optional.of("Basic " + token))).isEqualTo(new BearerAuthenticator.Unauthorized("Invalid access token"));
        assertThat(auth.authenticate(Optional.of("Bearer nonsense"))).isEqualTo(new BearerAuthenticator.Unauthorized("Invalid access token"));
        assertThat(auth.authenticate(Optional.of(token))).isEqualTo(new BearerAuthenticator.Unauthorized("Invalid access token"));
        clock.advance(Duration.ofMinutes(5));
        assertThat(auth.authenticate(Optional.of("Bearer " + token)))
                .isEqualTo(new BearerAuthenticator.Unauthorized("The access token expired"));
    }
}
