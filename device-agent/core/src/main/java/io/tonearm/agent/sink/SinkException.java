package io.tonearm.agent.sink;

/** The sink cannot take audio: the device is gone or busy, the disk is full, the pipe closed. */
public final class SinkException extends Exception {
    private static final long serialVersionUID = 1L;

    public SinkException(String message) {
        super(message);
    }

    public SinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
