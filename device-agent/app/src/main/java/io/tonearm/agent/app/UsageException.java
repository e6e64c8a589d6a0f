package io.tonearm.agent.app;

/** The command line was wrong; the message says how. Exit code 2. */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
