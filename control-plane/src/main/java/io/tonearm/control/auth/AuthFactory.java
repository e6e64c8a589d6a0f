package io.tonearm.control.auth;

import io.micronaut.context.annotation.Factory;
import io.tonearm.auth.AccessTokens;
import io.tonearm.auth.BearerAuthenticator;
import io.tonearm.auth.TokenKeyFile;
import io.tonearm.auth.TokenKeyring;
import io.tonearm.control.ControlProperties;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Access tokens as the hub sees them: HS256 JWTs signed with the keys in
 * {@code <data-dir>/auth/token-keys.properties}, created by whichever service starts first. Keys are
 * read once at start; after {@code TokenKeyFile.rotate} restart both services.
 */
@Factory
public class AuthFactory {

    @Singleton
    public TokenKeyring tokenKeys(ControlProperties properties, Clock clock) {
        return new TokenKeyFile(properties.dataDir(), clock).loadOrCreate();
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
