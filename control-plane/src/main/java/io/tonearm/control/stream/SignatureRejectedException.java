package io.tonearm.control.stream;

import io.micronaut.http.HttpStatus;
import io.tonearm.control.error.ApiException;

/**
 * A stream URL that does not authorise this request, with a message saying why: 403 when the
 * signature is missing, malformed, under an unknown key or invalid (forged or altered); 410 Gone
 * when it was genuine but has expired (RFC 9110 §15.5.11: the resource is no longer available at this
 * URL, and a client should fetch a fresh one rather than retry). Expiry is only judged after the
 * signature holds, so a forged URL never earns a 410.
 */
public final class SignatureRejectedException extends ApiException {

    /** Why a signature was refused; each reason has its own message. */
    public enum Reason {
        MISSING(HttpStatus.FORBIDDEN, "Stream URL signature is missing"),
        MALFORMED(HttpStatus.FORBIDDEN, "Stream URL signature parameters are malformed"),
        UNKNOWN_KEY(HttpStatus.FORBIDDEN, "Stream URL is signed with an unknown key"),
        INVALID(HttpStatus.FORBIDDEN, "Stream URL signature is invalid"),
        EXPIRED(HttpStatus.GONE, "Stream URL has expired");

        private final HttpStatus status;
        private final String message;

        Reason(HttpStatus status, String message) {
            this.status = status;
            this.message = message;
        }
    }

    private final Reason reason;

    public SignatureRejectedException(Reason reason) {
        super(reason.status, reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
