package io.tonearm.agent.stream;

/** Port: random access to a stream's bytes, for seeking. Blocking; used by one thread at a time. */
public interface RangeReader {

    /**
     * Up to {@code maxBytes} bytes from {@code offset} (fewer only at the end of the stream).
     *
     * @throws StreamException when the bytes cannot be had, as {@link RangeClient}
     */
    byte[] read(long offset, int maxBytes) throws StreamException;

    /** The stream's length in bytes, learnt by the first read. */
    long length() throws StreamException;
}
