package io.tonearm.agent.stream;

import io.tonearm.agent.stream.StreamException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * {@link RangeReader} over HTTP: one range request per read. A refused URL (403/410) is refreshed
 * once; a read that fails otherwise fails (seeking is interactive: the caller reports it rather
 * than stall). Not thread-safe.
 */
public final class HttpRangeReader implements RangeReader {
    private final RangeClient client;
    private final UrlRefresher refresher;
    private URI url;
    private boolean refreshed;
    private long length = -1;

    public HttpRangeReader(RangeClient client, URI url, UrlRefresher refresher) {
        this.client = client;
        this.url = url;
        this.refresher = refresher;
    }

    /** The URL in use (a refreshed one after a refusal). */
    public URI url() {
        return url;
    }

    @Override
    public byte[] read(long offset, int maxBytes) throws StreamException {
        if (length >= 0 && offset >= length) {
            return new byte[0];
        }
        RangeResponse response;
        try {
            response = client.get(url, offset, offset + maxBytes);
        } catch (StreamException e) {
            if ((e.reason() == Reason.FORBIDDEN || e.reason() == Reason.EXPIRED) && !refreshed) {
                refreshed = true;
                url = refresher.refresh();
                return read(offset, maxBytes);
            }
            throw e;
        }
        if (response.totalLength() >= 0) {
            length = response.totalLength();
        }
        try (InputStream body = response.body()) {
            return body.readNBytes(maxBytes);
        } catch (IOException e) {
            throw new StreamException(Reason.UNAVAILABLE, "cannot read bytes " + offset + "+" + maxBytes + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long length() throws StreamException {
        if (length < 0) {
            read(0, 1);
        }
        if (length < 0) {
            throw new StreamException(Reason.PROTOCOL, "the audio server does not say how long the stream is");
        }
        return length;
    }
}
