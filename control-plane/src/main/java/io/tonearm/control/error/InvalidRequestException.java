package io.tonearm.control.error;

import io.micronaut.http.HttpStatus;

/** A malformed path segment, query parameter or header value: 400. */
public final class InvalidRequestException extends ApiException {

    public InvalidRequestException(String publicMessage) {
        super(HttpStatus.BAD_REQUEST, publicMessage);
    }
}
