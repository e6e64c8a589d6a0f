package io.tonearm.agent.stream;

import java.io.InputStream;
import java.net.URI;

/**
 * Port: opens the bytes of a stream URL. Blocking; thread-safe. The caller closes the stream, and
 * may close it from another thread to abort a read.
 */
public interface AudioFetcher {

    /**
     * @throws StreamException FORBIDDEN or EXPIRED when the signed URL is refused, NOT_FOUND,
     *     UNAVAILABLE when the server cannot be reached or fails
     */
    InputStream open(URI url) throws StreamException;
}
