package io.tonearm.agent.app;

/**
 * The profile needs an adapter this agent's class path lacks (a distribution built for another
 * profile, or a transport not in this build). The message names the adapter's module.
 */
public final class MissingAdapterException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public MissingAdapterException(String message) {
        super(message);
    }
}
