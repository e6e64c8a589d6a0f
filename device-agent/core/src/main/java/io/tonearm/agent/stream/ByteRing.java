package io.tonearm.agent.stream;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The read-ahead between the fetch thread (one writer) and the decoder (one reader): a bounded
 * ring of bytes. The reader blocks while it is empty; the writer waits for room. It ends with
 * {@link #finish()} (the reader sees end of stream once drained), {@link #fail} (the reader gets
 * the failure once drained) or {@link #close()} (both sides stop at once).
 */
final class ByteRing {
    private final byte[] data;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    private int head;
    private int count;
    private boolean finished;
    private boolean closed;
    private boolean delivered;
    private int starvations;
    private StreamException failure;

    ByteRing(int capacity) {
        if (capacity < 1024) {
            throw new IllegalArgumentException("a read-ahead of at least 1 KiB is needed: " + capacity);
        }
        this.data = new byte[capacity];
    }

    /** Blocks until there is room; returns the free bytes, or 0 once closed. */
    int awaitRoom() throws InterruptedException {
        lock.lock();
        try {
            while (count == data.length && !closed) {
                writable.await();
            }
            return closed ? 0 : data.length - count;
        } finally {
            lock.unlock();
        }
    }

    /** Appends {@code len} bytes, which must fit (see {@link #awaitRoom()}); dropped once closed. */
    void write(byte[] src, int off, int len) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (len > data.length - count) {
                throw new IllegalStateException("write of " + len + " bytes into " + (data.length - count) + " free");
            }
            int tail = (head + count) % data.length;
            int first = Math.min(len, data.length - tail);
            System.arraycopy(src, off, data, tail, first);
            System.arraycopy(src, off + first, data, 0, len - first);
            count += len;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Reads at least one byte, blocking while the ring is empty; -1 at the end. */
    int read(byte[] dst, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        lock.lock();
        try {
            if (count == 0 && delivered && !finished && failure == null && !closed) {
                starvations++;
            }
            while (count == 0 && !finished && failure == null && !closed) {
                readable.await();
            }
            if (closed) {
                throw new IOException("the audio source is closed");
            }
            if (count == 0) {
                if (failure != null) {
                    throw new StreamFailedException(failure);
                }
                return -1;
            }
            int n = Math.min(len, count);
            int first = Math.min(n, data.length - head);
            System.arraycopy(data, head, dst, off, first);
            System.arraycopy(data, 0, dst, off + first, n - first);
            head = (head + n) % data.length;
            count -= n;
            delivered = true;
            writable.signalAll();
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for audio");
        } finally {
            lock.unlock();
        }
    }

    void finish() {
        signal(() -> finished = true);
    }

    void fail(StreamException e) {
        signal(() -> failure = e);
    }

    void close() {
        signal(() -> closed = true);
    }

    int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    int capacity() {
        return data.length;
    }

    /** Times the reader found the ring empty after audio had begun to flow. */
    int starvations() {
        lock.lock();
        try {
            return starvations;
        } finally {
            lock.unlock();
        }
    }

    private void signal(Runnable change) {
        lock.lock();
        try {
            change.run();
            readable.signalAll();
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
