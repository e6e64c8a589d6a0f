package io.tonearm.control.stream;

import java.util.Optional;

/**
 * The query a signed URL carries: {@code exp} (epoch seconds), {@code dev} (only when bound to a
 * device), {@code kid} and {@code sig} (base64url HMAC-SHA256, no padding).
 */
public record SignedQuery(long expiresEpochSecond, Optional<DeviceId> device, String keyId, String signature) {

    public SignedQuery {
        if (expiresEpochSecond <= 0 || device == null || keyId == null || signature == null) {
            throw new IllegalArgumentException("signed query fields are required");
        }
    }

    public String toQueryString() {
        return "exp=" + expiresEpochSecond + device.map(d -> "&dev=" + d.value()).orElse("")
                + "&kid=" + keyId + "&sig=" + signature;
    }
}
