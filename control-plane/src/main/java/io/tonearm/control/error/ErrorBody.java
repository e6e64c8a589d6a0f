package io.tonearm.control.error;

import io.micronaut.serde.annotation.Serdeable;

/** The one error shape of every endpoint: {@code {"error":{"status":404,"message":"Track not found"}}}. */
@Serdeable
public record ErrorBody(Detail error) {

    public ErrorBody {
        if (error == null) {
            throw new IllegalArgumentException("error detail is required");
        }
    }

    public static ErrorBody of(int status, String message) {
        return new ErrorBody(new Detail(status, message));
    }

    /** Status repeated from the response line, and a message for people. */
    @Serdeable
    public record Detail(int status, String message) {

        public Detail {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("error status must be 4xx or 5xx: " + status);
            }
            if (message == null || message.isBlank()) {
                throw new IllegalArgumentException("error message is required");
            }
        }
    }
}
