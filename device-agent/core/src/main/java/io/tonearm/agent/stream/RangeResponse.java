package io.tonearm.agent.stream;

import java.io.InputStream;

/**
 * A checked answer to a range request: {@code body} yields exactly the bytes {@code [start, start +
 * length)} of a resource of {@code totalLength} bytes ({@code length} and {@code totalLength} are -1
 * when the server did not say), and fails
 * with an {@link java.io.IOException} if the server sends fewer or more. The caller closes it.
 */
public record RangeResponse(long start, long length, long totalLength, InputStream body) {
    public RangeResponse {
        if (body == null || start < 0 || length < -1 || totalLength < -1) {
            throw new IllegalArgumentException("a body and non-negative offsets are required");
        }
        if (totalLength >= 0 && length >= 0 && start + length > totalLength) {
            throw new IllegalArgumentException("bytes " + start + "+" + length + " exceed the total of " + totalLength);
        }
    }
}
