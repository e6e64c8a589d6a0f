package io.tonearm.hub.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;

/**
 * Spotify's error shape: {@code {"error":{"status":404,"message":"Device not found"}}}. Player
 * restrictions add Spotify's {@code reason} ({@code "NO_NEXT_TRACK"}, {@code "VOLUME_CONTROL_DISALLOW"},
 * …); other errors have none and the field is left out.
 */
@Serdeable
public record ErrorBody(Detail error) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(int status, String message, @Nullable String reason) {
        public Detail {
            if (status < 400 || status > 599 || message == null || message.isBlank()) {
                throw new IllegalArgumentException("an error needs a 4xx/5xx status and a message");
            }
            if (reason != null && !reason.matches("[A-Z_]{1,64}")) {
                throw new IllegalArgumentException("a reason is an upper-case code like NO_NEXT_TRACK");
            }
        }
    }

    public static ErrorBody of(int status, String message) {
        return new ErrorBody(new Detail(status, message, null));
    }

    public static ErrorBody of(int status, String message, Optional<String> reason) {
        return new ErrorBody(new Detail(status, message, reason.orElse(null)));
    }
}
