package io.tonearm.agent.stream;

import java.io.IOException;

/** What a reader of an {@link AudioSource} gets when the fetch gave up: the typed failure inside. */
public final class StreamFailedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final StreamException failure;

    public StreamFailedException(StreamException failure) {
        super(failure.getMessage(), failure);
        this.failure = failure;
    }

    public StreamException failure() {
        return failure;
    }
}
