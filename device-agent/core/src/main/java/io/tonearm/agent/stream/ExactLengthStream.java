package io.tonearm.agent.stream;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Yields exactly {@code length} bytes of a response body (or all of it when the length is unknown,
 * -1). Ending early throws {@link EOFException}; more bytes than declared throw
 * {@link BodyMismatchException} when the declared ones have been read.
 */
final class ExactLengthStream extends FilterInputStream {
    private final long length;
    private long remaining;

    ExactLengthStream(InputStream in, long length) {
        super(in);
        this.length = length;
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (length < 0) {
            return in.read(b, off, len);
        }
        if (remaining == 0) {
            if (in.read() >= 0) {
                throw new BodyMismatchException("the body is longer than the " + length + " bytes it declared");
            }
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            throw new EOFException("the body ended after " + (length - remaining) + " of " + length + " bytes");
        }
        remaining -= n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
