package io.tonearm.agent.controls;

/** Hardware controls could not start: no GPIO on this machine, a pin taken, a driver missing. */
public final class ControlsException extends Exception {
    private static final long serialVersionUID = 1L;

    public ControlsException(String message, Throwable cause) {
        super(message, cause);
    }
}
