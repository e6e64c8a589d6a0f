package io.tonearm.agent.stream;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;

/**
 * The body of one {@link HttpURLConnection} response, closable from any thread without blocking.
 *
 * <p>The JDK's response streams synchronise {@code read} and {@code close}, so closing from another
 * thread while a read is blocked would wait for that read (up to the socket's read timeout). Here a
 * {@link #close()} during a read only marks the body closed and returns; the reading thread closes
 * the connection as soon as its read comes back (with data, an end, or the read timeout) and then
 * fails with "closed". A close while no read is in progress closes the connection at once. A
 * body read to its end returns its connection to the JDK's keep-alive cache; one abandoned part
 * way is disconnected.
 */
final class ConnectionBody extends InputStream {
    private final HttpURLConnection connection;
    private final InputStream in;
    private boolean reading;
    private boolean closed;
    private boolean released;
    private volatile boolean ended;

    ConnectionBody(HttpURLConnection connection, InputStream in) {
        this.connection = connection;
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        enter();
        try {
            int n = in.read(b, off, len);
            if (n < 0) {
                ended = true;
            }
            return n;
        } finally {
            leave();
        }
    }

    @Override
    public int available() throws IOException {
        synchronized (this) {
            if (closed) {
                return 0;
            }
        }
        return in.available();
    }

    @Override
    public void close() {
        boolean releaseNow;
        synchronized (this) {
            closed = true;
            releaseNow = !reading;
        }
        if (releaseNow) {
            release();
        }
    }

    private synchronized void enter() throws IOException {
        if (closed) {
            throw new IOException("the response body is closed");
        }
        reading = true;
    }

    private void leave() throws IOException {
        boolean releaseNow;
        synchronized (this) {
            reading = false;
            releaseNow = closed;
        }
        if (releaseNow) {
            release();
            throw new IOException("the response body was closed during a read");
        }
    }

    private void release() {
        synchronized (this) {
            if (released) {
                return;
            }
            released = true;
        }
        if (!ended) {
            // Unread bytes left: drop the connection rather than let the JDK drain it for reuse.
            connection.disconnect();
            return;
        }
        try {
            in.close(); // read to the end: the connection goes back to the JDK's keep-alive cache
        } catch (IOException | RuntimeException ignored) {
            // nothing to keep
        }
    }
}
