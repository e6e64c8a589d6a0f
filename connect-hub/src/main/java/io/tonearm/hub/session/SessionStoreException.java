package io.tonearm.hub.session;

/** The session store could not be read or written (database down, or contention that did not settle). */
public class SessionStoreException extends RuntimeException {
    public SessionStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
