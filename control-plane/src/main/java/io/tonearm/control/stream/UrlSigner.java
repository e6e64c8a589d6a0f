package io.tonearm.control.stream;

import io.micronaut.core.annotation.Nullable;
import io.tonearm.control.stream.SignatureRejectedException.Reason;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Signs and verifies stream URLs. The MAC is HMAC-SHA256 under the key named by {@code kid} over
 * the canonical string {@code "tonearm-url-v1\n" + path + "\n" + exp + "\n" + dev} (dev empty when
 * the URL is not bound to a device); it does not cover the method, so GET and HEAD share a URL.
 * Signatures are compared in constant time. Thread-safe.
 */
@Singleton
public class UrlSigner {

    static final String VERSION = "tonearm-url-v1";
    private static final Pattern EPOCH = Pattern.compile("[0-9]{1,12}");
    private static final Pattern SIGNATURE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Keyring keyring;
    private final Clock clock;

    public UrlSigner(Keyring keyring, Clock clock) {
        this.keyring = keyring;
        this.clock = clock;
    }

    /** Signs {@code path} with the active key until {@code expiresAt}, optionally bound to a device. */
    public SignedQuery sign(String path, Instant expiresAt, Optional<DeviceId> device) {
        SigningKey key = keyring.active();
        long exp = expiresAt.getEpochSecond();
        byte[] mac = mac(key, canonical(path, Long.toString(exp), device.map(DeviceId::value).orElse("")));
        return new SignedQuery(exp, device, key.id(), Base64.getUrlEncoder().withoutPadding().encodeToString(mac));
    }

    /**
     * Checks the raw query values of a request for {@code path}.
     *
     * @return when the URL expires
     * @throws SignatureRejectedException saying whether the signature is missing, malformed, under an
     *                                    unknown key, invalid or expired (checked in that order)
     */
    public Instant verify(String path, @Nullable String exp, @Nullable String dev, @Nullable String kid,
                          @Nullable String sig) {
        if (isEmpty(exp) || isEmpty(kid) || isEmpty(sig)) {
            throw new SignatureRejectedException(Reason.MISSING);
        }
        String device = dev == null ? "" : dev;
        if (!EPOCH.matcher(exp).matches() || (!device.isEmpty() && !DeviceId.PATTERN.matcher(device).matches())) {
            throw new SignatureRejectedException(Reason.MALFORMED);
        }
        SigningKey key = keyring.byId(kid).orElseThrow(() -> new SignatureRejectedException(Reason.UNKNOWN_KEY));
        if (!SIGNATURE.matcher(sig).matches()) {
            throw new SignatureRejectedException(Reason.INVALID);
        }
        byte[] expected = mac(key, canonical(path, exp, device));
        if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(sig))) {
            throw new SignatureRejectedException(Reason.INVALID);
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(exp));
        if (!clock.instant().isBefore(expiresAt)) {
            throw new SignatureRejectedException(Reason.EXPIRED);
        }
        return expiresAt;
    }

    static String canonical(String path, String exp, String device) {
        return VERSION + "\n" + path + "\n" + exp + "\n" + device;
    }

    private static byte[] mac(SigningKey key, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is a required JDK algorithm", e);
        }
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
