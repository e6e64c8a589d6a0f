package io.tonearm.agent.control.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

/**
 * A response body read into memory up to a limit. Past the limit it stops reading and reports
 * {@link #tooLarge()}, so a runaway server costs at most {@code limit} bytes.
 */
record BoundedBody(int status, String contentType, byte[] bytes, boolean tooLarge) {

    /**
     * Reads {@code in} to its end, at most {@code limit} bytes, on the calling thread. Each read is
     * bounded by the connection's read timeout; past {@code deadlineNanos} (a {@link System#nanoTime()}
     * instant) between reads it gives up, so a server that trickles bytes cannot hold the caller.
     *
     * @throws SocketTimeoutException when the deadline passes or a read times out
     * @throws IOException when the connection fails
     */
    static BoundedBody read(int status, String contentType, InputStream in, int limit, long deadlineNanos)
            throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        while (true) {
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new SocketTimeoutException("the body did not arrive before the deadline");
            }
            int n = in.read(chunk, 0, chunk.length);
            if (n < 0) {
                return new BoundedBody(status, contentType, buffer.toByteArray(), false);
            }
            if (buffer.size() + n > limit) {
                return new BoundedBody(status, contentType, new byte[0], true);
            }
            buffer.write(chunk, 0, n);
        }
    }
}
