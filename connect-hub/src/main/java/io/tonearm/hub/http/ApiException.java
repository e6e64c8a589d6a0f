package io.tonearm.hub.http;

import io.micronaut.http.HttpStatus;
import java.util.Optional;

/**
 * An error a client caused or should see, with the status and the message it gets. The message is
 * written for people and is all the client sees; the cause, if any, is only logged.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;

    public ApiException(HttpStatus status, String publicMessage) {
        super(publicMessage);
        if (status.getCode() < 400) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public String publicMessage() {
        return getMessage();
    }

    /** Spotify's machine-readable {@code reason} for player errors (e.g. {@code NO_NEXT_TRACK}); usually empty. */
    public Optional<String> reason() {
        return Optional.empty();
    }
}
