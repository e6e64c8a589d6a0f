package io.tonearm.control.error;

import io.micronaut.http.HttpStatus;

/** The user is known but may not do this (e.g. edit someone else's playlist): 403. */
public final class ForbiddenException extends ApiException {

    public ForbiddenException(String publicMessage) {
        super(HttpStatus.FORBIDDEN, publicMessage);
    }
}
