package io.tonearm.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and verifies Tonearm access tokens: compact JWS (RFC 7515) with HS256 (RFC 7518 §3.2), header
 * {@code kid} naming the key, claims {@code iss=tonearm}, {@code sub} (the {@link UserId}), {@code iat},
 * {@code exp} and a random {@code jti}. Both services verify the same way with the keys of
 * {@link TokenKeyFile}. A token is valid while {@code now < exp}. Thread-safe; no I/O.
 */
public final class AccessTokens {

    public static final String ISSUER = "tonearm";
    /** Longer input is refused before it is parsed. */
    public static final int MAX_TOKEN_LENGTH = 4096;

    private final TokenKeyring keys;
    private final Clock clock;

    public AccessTokens(TokenKeyring keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A token for {@code user}, signed with the active key, valid for {@code ttl} from now. */
    public String issue(UserId user, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive");
        }
        Instant now = clock.instant();
        TokenKey key = keys.active();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.id()).type(JOSEObjectType.JWT).build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user.value())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new MACSigner(key.secret()));
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return jwt.serialize();
    }

    /** Checks a token's form, key, signature, issuer, subject and expiry; never throws. */
    public TokenCheck check(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return refused(TokenCheck.Reason.MALFORMED);
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            return refused(TokenCheck.Reason.MALFORMED);
        }
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.HS256.equals(header.getAlgorithm()) || header.getCriticalParams() != null) {
            return refused(TokenCheck.Reason.MALFORMED);
        }
        Optional<TokenKey> key = keys.find(header.getKeyID());
        if (key.isEmpty()) {
            return refused(TokenCheck.Reason.UNKNOWN_KEY);
        }
        try {
            if (!jwt.verify(new MACVerifier(key.get().secret()))) {
                return refused(TokenCheck.Reason.BAD_SIGNATURE);
            }
        } catch (JOSEException | RuntimeException e) {
            return refused(TokenCheck.Reason.BAD_SIGNATURE);
        }
        return claims(jwt);
    }

    private TokenCheck claims(SignedJWT jwt) {
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            return refused(TokenCheck.Reason.MALFORMED);
        }
        Date exp = claims.getExpirationTime();
        String sub = claims.getSubject();
        if (exp == null || !ISSUER.equals(claims.getIssuer()) || !UserId.wellFormed(sub)) {
            return refused(TokenCheck.Reason.MALFORMED);
        }
        if (!clock.instant().isBefore(exp.toInstant())) {
            return refused(TokenCheck.Reason.EXPIRED);
        }
        return new TokenCheck.Valid(new UserId(sub), exp.toInstant());
    }

    private static TokenCheck refused(TokenCheck.Reason reason) {
        return new TokenCheck.Refused(reason);
    }
}
