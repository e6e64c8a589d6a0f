package io.tonearm.agent.stream;

import java.io.InputStream;

/**
 * Port: the bytes of one track being fetched ahead of the decoder. {@link #input()} is read by one
 * thread (the decoder's) and blocks while the read-ahead is empty; it fails with a
 * {@link StreamFailedException} carrying the typed reason when the fetch has given up. The other
 * methods are thread-safe and never block. {@link #close()} may be called from any thread and
 * unblocks a waiting reader.
 */
public interface AudioSource extends AutoCloseable {

    InputStream input();

    /** Bytes fetched and not yet read. */
    long bufferedBytes();

    /** Audio fetched and not yet read, at the stream's nominal bit rate. */
    long bufferedMillis();

    /** The link's measured throughput (bits/s, smoothed over recent requests), or 0 before any. */
    long throughputBitsPerSecond();

    /** Times the reader found the read-ahead empty after audio had begun to flow. */
    int starvations();

    /** The failure that ended the fetch, if it gave up. */
    java.util.Optional<StreamException> failure();

    @Override
    void close();
}
