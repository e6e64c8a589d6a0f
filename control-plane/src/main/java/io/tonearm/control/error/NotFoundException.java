package io.tonearm.control.error;

import io.micronaut.http.HttpStatus;

/** A well-formed reference to something that does not exist: 404. */
public final class NotFoundException extends ApiException {

    public NotFoundException(String publicMessage) {
        super(HttpStatus.NOT_FOUND, publicMessage);
    }
}
