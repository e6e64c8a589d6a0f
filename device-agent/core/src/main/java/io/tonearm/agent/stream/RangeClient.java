package io.tonearm.agent.stream;

import java.net.URI;

/**
 * Port: one HTTP GET for a byte range of a stream URL. Blocking; thread-safe; any number of
 * requests may be in flight from different threads.
 */
public interface RangeClient {

    /**
     * Requests bytes {@code [from, toExclusive)} of {@code url} ({@code toExclusive} may run past the
     * end of the resource). The answer is checked before it is returned: a 206 must carry a
     * {@code Content-Range} that starts at {@code from} and stays inside the request, and a
     * {@code Content-Length} that agrees with it; a 200 (a server that ignores Range) is accepted and
     * its first {@code from} bytes are skipped.
     *
     * @throws StreamException FORBIDDEN (403) or EXPIRED (410) when the signed URL is refused,
     *     NOT_FOUND (404), UNAVAILABLE for a connection failure, a timeout or a 5xx, PROTOCOL for any
     *     other status, a redirect loop, a wrong Content-Range or an unsatisfiable range
     */
    RangeResponse get(URI url, long from, long toExclusive) throws StreamException;
}
