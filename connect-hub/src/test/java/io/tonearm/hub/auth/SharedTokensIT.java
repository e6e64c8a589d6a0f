package io.tonearm.hub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.auth.AccessTokens;
import io.tonearm.auth.TokenCheck;
import io.tonearm.auth.TokenKeyFile;
import io.tonearm.auth.UserId;
import io.tonearm.hub.support.HubUnderTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub accepts the access tokens the control plane accepts: JWTs signed with the keys in the
 * shared data directory, whichever service created them.
 */
class SharedTokensIT {

    @TempDir
    static Path dataDir;
    @TempDir
    static Path otherDataDir;
    static HubUnderTest hub;
    static AccessTokens sameKeys;

    @BeforeAll
    static void start() {
        // The control plane started first and created the key file.
        sameKeys = new AccessTokens(new TokenKeyFile(dataDir, Clock.systemUTC()).loadOrCreate(), Clock.systemUTC());
        hub = HubUnderTest.embedded(dataDir, Map.of());
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void a_token_signed_with_the_shared_keys_authenticates_its_user() {
        String token = sameKeys.issue(new UserId("alice"), Duration.ofMinutes(5));
        assertThat(hub.get("/v1/me/player/devices", token).status()).isEqualTo(200);
    }

    @Test
    void the_demo_token_the_hub_writes_is_signed_with_the_shared_keys() {
        assertThat(sameKeys.check(hub.token())).isInstanceOf(TokenCheck.Valid.class)
                .extracting(c -> ((TokenCheck.Valid) c).user()).isEqualTo(new UserId("demo"));
    }

    @Test
    void expired_and_foreign_tokens_are_refused_with_spotifys_messages() {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        String expired = new AccessTokens(new TokenKeyFile(dataDir, past).loadOrCreate(), past)
                .issue(new UserId("alice"), Duration.ofHours(1));
        String foreign = new AccessTokens(new TokenKeyFile(otherDataDir, Clock.systemUTC()).loadOrCreate(), Clock.systemUTC())
                .issue(new UserId("alice"), Duration.ofHours(1));
        HubUnderTest.Response late = hub.get("/v1/me/player/devices", expired);
        assertThat(late.status()).isEqualTo(401);
        assertThat(late.body()).isEqualTo("{\"error\":{\"status\":401,\"message\":\"The access token expired\"}}");
        HubUnderTest.Response other = hub.get("/v1/me/player/devices", foreign);
        assertThat(other.status()).isEqualTo(401);
        assertThat(other.body()).isEqualTo("{\"error\":{\"status\":401,\"message\":\"Invalid access token\"}}");
    }
}
