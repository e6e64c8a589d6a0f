package io.tonearm.hub.auth;

import io.micronaut.context.annotation.Factory;
import io.tonearm.auth.AccessTokens;
import io.tonearm.auth.BearerAuthenticator;
import io.tonearm.auth.TokenKeyFile;
import io.tonearm.auth.TokenKeyring;
import io.tonearm.hub.HubConfig;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Access tokens as the control plane sees them: HS256 JWTs signed with the keys in
 * {@code <data-dir>/auth/token-keys.properties} (created by whichever service starts first). Keys
 * are read once at start; after {@code TokenKeyFile.rotate} restart both services.
 */
@Factory
public class AuthFactory {

    @Singleton
    public TokenKeyring tokenKeys(HubConfig hub, Clock clock) {
        return new TokenKeyFile(hub.dataPath(), clock).loadOrCreate();
    }

    @Singleton
    public AccessTokens accessTokens(TokenKeyring keys, Clock clock) {
        return new AccessTokens(keys, clock);
    }

    @Singleton
    public BearerAuthenticator bearerAuthenticator(AccessTokens tokens) {
        return new BearerAuthenticator(tokens);
    }
}
