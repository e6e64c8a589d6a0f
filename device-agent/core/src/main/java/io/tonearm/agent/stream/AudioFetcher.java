package io.tonearm.agent.stream;

import java.io.InputStream;
import java.net.URI;

/**
 * Port: opens the bytes of a stream URL. Blocking; thread-safe. The caller closes what it gets, and
 * may close it from another thread to abort a read.
 */
public interface AudioFetcher {

    /**
     * @throws StreamException FORBIDDEN or EXPIRED when the signed URL is refused, NOT_FOUND,
     *     UNAVAILABLE when the server cannot be reached or fails
     */
    InputStream open(URI url) throws StreamException;

    /**
     * Opens {@code ticket}'s stream from byte {@code fromByte} as a read-ahead source; a fetcher that
     * can resume asks {@code refresher} for a new URL when the signed one is refused. This default
     * opens the whole body once, skips to {@code fromByte} and reports no buffer figures.
     *
     * @throws StreamException as {@link #open(URI)}; later failures surface from the source's input
     */
    default AudioSource openSource(StreamTicket ticket, long fromByte, UrlRefresher refresher) throws StreamException {
        return PlainAudioSource.skipping(open(ticket.url()), fromByte);
    }

    /**
     * Random access to {@code ticket}'s stream for seeking, if this fetcher offers it (this default
     * does not: the player then decodes from the start and drops what precedes the position).
     */
    default java.util.Optional<RangeReader> rangeReader(StreamTicket ticket, UrlRefresher refresher) {
        return java.util.Optional.empty();
    }
}
