package io.tonearm.control.error;

import io.micronaut.http.HttpStatus;

/** The request was computed from a state that is no longer current (a stale {@code snapshot_id}): 409. */
public final class ConflictException extends ApiException {

    public ConflictException(String publicMessage) {
        super(HttpStatus.CONFLICT, publicMessage);
    }
}
