package io.tonearm.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T05:00:00Z"));
    private final TokenKey key = new TokenKey("k1", SECRET);
    private final AccessTokens tokens = new AccessTokens(new TokenKeyring(key, List.of(key)), clock);

    @Test
    void an_issued_token_names_its_user_until_it_expires() {
        String token = tokens.issue(new UserId("alice"), Duration.ofMinutes(10));
        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Valid(new UserId("alice"), clock.instant().plusSeconds(600)));
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThat(tokens.check(token)).isInstanceOf(TokenCheck.Valid.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.check(token)).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.EXPIRED));
    }

    @Test
    void a_token_signed_with_another_secret_under_the_same_kid_is_forged() throws Exception {
        String forged = sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims("alice", 600),
                "ffffffffffffffffffffffffffffffff".getBytes(StandardCharsets.US_ASCII));
        assertThat(tokens.check(forged)).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.BAD_SIGNATURE));
    }

    @Test
    void changing_the_subject_of_a_valid_token_breaks_its_signature() {
        String[] parts = tokens.issue(new UserId("alice"), Duration.ofMinutes(10)).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("alice", "mallory");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(tokens.check(altered)).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.BAD_SIGNATURE));
    }

    @Test
    void unsigned_and_other_algorithm_tokens_are_refused() throws Exception {
        String none = new PlainJWT(new PlainHeader(), claims("alice", 600)).serialize();
        String hs512 = sign(new JWSHeader.Builder(JWSAlgorithm.HS512).keyID("k1").build(), claims("alice", 600),
                (new String(SECRET, StandardCharsets.US_ASCII) + new String(SECRET, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII));
        assertThat(tokens.check(none)).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.MALFORMED));
        assertThat(tokens.check(hs512)).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.MALFORMED));
    }

    @Test
    void unknown_or_missing_key_ids_are_refused() throws Exception {
        String otherKid = sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k2").build(), claims("alice", 600), SECRET);
        String noKid = sign(new JWSHeader.Builder(JWSAlgorithm.HS256).build(), claims("alice", 600), SECRET);
        assertThat(tokens.check(otherKid)).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.UNKNOWN_KEY));
        assertThat(tokens.check(noKid)).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.UNKNOWN_KEY));
    }

    @Test
    void tokens_without_expiry_issuer_or_a_valid_subject_are_refused() throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build();
        JWTClaimsSet noExp = new JWTClaimsSet.Builder().issuer("tonearm").subject("alice").build();
        JWTClaimsSet otherIssuer = new JWTClaimsSet.Builder(claims("alice", 600)).issuer("someone-else").build();
        for (JWTClaimsSet claims : List.of(noExp, otherIssuer, claims("alice/../root", 600), claims("", 600),
                claims("x".repeat(65), 600), claims("名前", 600))) {
            assertThat(tokens.check(sign(header, claims, SECRET))).as(claims.toString())
                    .isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.MALFORMED));
        }
    }

    @Test
    void garbage_is_malformed_and_never_throws() {
        for (String garbage : new String[] {null, "", "abc", "a.b.c", "..", "' OR 1=1 --", "x".repeat(5000),
                "!!!.e30.sig", "e30.e30.e30", "eyJhbGciOiJub25lIn0.e30."}) {
            assertThat(tokens.check(garbage)).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.MALFORMED));
        }
    }

    @Test
    void tokens_from_a_rotated_out_active_key_still_verify_while_the_key_is_kept() {
        String old = tokens.issue(new UserId("alice"), Duration.ofMinutes(10));
        TokenKey next = new TokenKey("k2", "abcdefghijabcdefghijabcdefghijab".getBytes(StandardCharsets.US_ASCII));
        AccessTokens rotated = new AccessTokens(new TokenKeyring(next, List.of(key, next)), clock);
        AccessTokens withoutOld = new AccessTokens(new TokenKeyring(next, List.of(next)), clock);
        assertThat(rotated.check(old)).isInstanceOf(TokenCheck.Valid.class);
        assertThat(tokens.check(rotated.issue(new UserId("bob"), Duration.ofMinutes(1))))
                .isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.UNKNOWN_KEY));
        assertThat(withoutOld.check(old)).isEqualTo(new TokenCheck.Refused(TokenCheck.Reason.UNKNOWN_KEY));
    }

    private JWTClaimsSet claims(String sub, long ttlSeconds) {
        return new JWTClaimsSet.Builder().issuer("tonearm").subject(sub)
                .expirationTime(Date.from(clock.instant().plusSeconds(ttlSeconds))).build();
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, byte[] secret) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }
}
