package io.tonearm.control.error;

import io.micronaut.http.HttpStatus;

/**
 * A failure a client caused or can act on. It carries its HTTP status and a message written for
 * people; {@link ApiExceptionHandler} turns it into the stable error body. The message is the only
 * text a client sees, so it never includes internal details. No stack trace is captured: these are
 * expected outcomes, not bugs.
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;

    protected ApiException(HttpStatus status, String publicMessage) {
        super(publicMessage, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public String publicMessage() {
        return getMessage();
    }
}
