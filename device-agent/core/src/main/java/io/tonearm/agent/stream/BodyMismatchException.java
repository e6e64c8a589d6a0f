package io.tonearm.agent.stream;

import java.io.IOException;

/**
 * A response body disagrees with its own headers (longer than it declared): the server is broken,
 * so retrying does not help. A body that ends early is a plain {@link IOException} (retryable).
 */
public final class BodyMismatchException extends IOException {
    private static final long serialVersionUID = 1L;

    public BodyMismatchException(String message) {
        super(message);
    }
}
