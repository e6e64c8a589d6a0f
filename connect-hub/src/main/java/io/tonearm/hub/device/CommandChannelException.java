package io.tonearm.hub.device;

/** The hub could not hand a command to the broker (disconnected, or the client refused it). */
public final class CommandChannelException extends RuntimeException {
    public CommandChannelException(String message, Throwable cause) {
        super(message, cause);
    }
}
