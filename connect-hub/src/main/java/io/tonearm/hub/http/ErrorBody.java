package io.tonearm.hub.http;

import io.micronaut.serde.annotation.Serdeable;

/** Spotify's error shape: {@code {"error":{"status":404,"message":"Device not found"}}}. */
@Serdeable
public record ErrorBody(Detail error) {

    @Serdeable
    public record Detail(int status, String message) {
        public Detail {
            if (status < 400 || status > 599 || message == null || message.isBlank()) {
                throw new IllegalArgumentException("an error needs a 4xx/5xx status and a message");
            }
        }
    }

    public static ErrorBody of(int status, String message) {
        return new ErrorBody(new Detail(status, message));
    }
}
