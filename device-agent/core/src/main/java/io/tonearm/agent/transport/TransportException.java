package io.tonearm.agent.transport;

/** The hub could not be reached or refused the connection. */
public final class TransportException extends Exception {
    private static final long serialVersionUID = 1L;

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }

    public TransportException(String message) {
        super(message);
    }
}
