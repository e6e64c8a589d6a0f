package io.tonearm.control.stream;

import io.micronaut.http.HttpStatus;
import io.tonearm.control.error.ApiException;

/** A stream URL whose signature does not hold: 403, with a message saying why. */
public final class SignatureRejectedException extends ApiException {

    /** Why a signature was refused; each reason has its own message. */
    public enum Reason {
        MISSING("Stream URL signature is missing"),
        MALFORMED("Stream URL signature parameters are malformed"),
        UNKNOWN_KEY("Stream URL is signed with an unknown key"),
        INVALID("Stream URL signature is invalid"),
        EXPIRED("Stream URL has expired");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public SignatureRejectedException(Reason reason) {
        super(HttpStatus.FORBIDDEN, reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
