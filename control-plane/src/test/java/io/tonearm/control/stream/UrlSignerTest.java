package io.tonearm.control.stream;

import io.tonearm.control.MutableClock;
import io.tonearm.control.stream.SignatureRejectedException.Reason;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlSignerTest {

    private static final String PATH = "/v1/audio/t-1/160.ogg";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T03:00:00Z"));
    private final SigningKey k1 = new SigningKey("k1", "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private final SigningKey k2 = new SigningKey("k2", "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8));
    private final UrlSigner signer = new UrlSigner(new Keyring(Map.of("k1", k1, "k2", k2), "k1"), clock);
    private final Instant expiry = clock.instant().plus(Duration.ofMinutes(15));

    private Reason rejection(String path, String exp, String dev, String kid, String sig) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> signer.verify(path, exp, dev, kid, sig));
        assertThat(thrown).isInstanceOf(SignatureRejectedException.class);
        return ((SignatureRejectedException) thrown).reason();
    }

    @Test
    void a_fresh_signature_verifies_and_reports_its_expiry() {
        SignedQuery q = signer.sign(PATH, expiry, Optional.of(new DeviceId("kitchen")));
        assertThat(q.keyId()).isEqualTo("k1");
        assertThat(q.signature()).matches("[A-Za-z0-9_-]{43}");
        assertThat(q.toQueryString()).isEqualTo("exp=" + expiry.getEpochSecond() + "&dev=kitchen&kid=k1&sig=" + q.signature());
        assertThat(signer.verify(PATH, "" + q.expiresEpochSecond(), "kitchen", "k1", q.signature())).isEqualTo(expiry);
    }

    @Test
    void the_signature_is_hmac_sha256_over_the_documented_canonical_string() throws Exception {
        SignedQuery q = signer.sign(PATH, expiry, Optional.empty());
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal(("tonearm-url-v1\n" + PATH + "\n" + expiry.getEpochSecond() + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(q.signature()).isEqualTo(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(expected));
    }

    @Test
    void any_configured_key_verifies_by_id() {
        UrlSigner rotated = new UrlSigner(new Keyring(Map.of("k1", k1, "k2", k2), "k2"), clock);
        SignedQuery q = rotated.sign(PATH, expiry, Optional.empty());
        assertThat(q.keyId()).isEqualTo("k2");
        assertThat(signer.verify(PATH, "" + q.expiresEpochSecond(), null, "k2", q.signature())).isEqualTo(expiry);
    }

    @Test
    void every_altered_part_is_rejected_as_invalid() {
        SignedQuery q = signer.sign(PATH, expiry, Optional.of(new DeviceId("kitchen")));
        String exp = "" + q.expiresEpochSecond();
        assertThat(rejection("/v1/audio/t-1/320.ogg", exp, "kitchen", "k1", q.signature())).isEqualTo(Reason.INVALID);
        assertThat(rejection(PATH, "" + (q.expiresEpochSecond() + 1), "kitchen", "k1", q.signature())).isEqualTo(Reason.INVALID);
        assertThat(rejection(PATH, exp, "garage", "k1", q.signature())).isEqualTo(Reason.INVALID);
        assertThat(rejection(PATH, exp, null, "k1", q.signature())).isEqualTo(Reason.INVALID);
        assertThat(rejection(PATH, exp, "kitchen", "k2", q.signature())).isEqualTo(Reason.INVALID);
        String flipped = (q.signature().charAt(0) == 'A' ? "B" : "A") + q.signature().substring(1);
        assertThat(rejection(PATH, exp, "kitchen", "k1", flipped)).isEqualTo(Reason.INVALID);
        assertThat(rejection(PATH, exp, "kitchen", "k1", q.signature() + "A")).isEqualTo(Reason.INVALID);
    }

    @Test
    void missing_malformed_and_unknown_key_are_told_apart() {
        SignedQuery q = signer.sign(PATH, expiry, Optional.empty());
        String exp = "" + q.expiresEpochSecond();
        assertThat(rejection(PATH, null, null, "k1", q.signature())).isEqualTo(Reason.MISSING);
        assertThat(rejection(PATH, exp, null, "", q.signature())).isEqualTo(Reason.MISSING);
        assertThat(rejection(PATH, exp, null, "k1", null)).isEqualTo(Reason.MISSING);
        assertThat(rejection(PATH, "-5", null, "k1", q.signature())).isEqualTo(Reason.MALFORMED);
        assertThat(rejection(PATH, "9".repeat(40), null, "k1", q.signature())).isEqualTo(Reason.MALFORMED);
        assertThat(rejection(PATH, exp, "bad device", "k1", q.signature())).isEqualTo(Reason.MALFORMED);
        assertThat(rejection(PATH, exp, null, "k9", q.signature())).isEqualTo(Reason.UNKNOWN_KEY);
    }

    @Test
    void a_url_stops_working_at_its_expiry_second() {
        SignedQuery q = signer.sign(PATH, expiry, Optional.empty());
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(signer.verify(PATH, "" + q.expiresEpochSecond(), null, "k1", q.signature())).isEqualTo(expiry);
        clock.advance(Duration.ofSeconds(1));
        assertThat(rejection(PATH, "" + q.expiresEpochSecond(), null, "k1", q.signature())).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void keys_never_print_their_secret() {
        assertThat(k1.toString()).isEqualTo("SigningKey[k1]");
        assertThatThrownBy(() -> new SigningKey("k3", new byte[16])).hasMessageContaining("256 bits");
    }
}
