package io.tonearm.agent.stream;

import io.tonearm.agent.stream.StreamException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLConnection;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@link RangeClient} on the JDK's {@link HttpURLConnection} (decisions §5, §40): it loads far fewer
 * classes and starts no threads, where {@code java.net.http.HttpClient} costs a device ~13 MB of
 * resident memory. It follows redirects itself, at most {@value #MAX_REDIRECTS} and never to a URL
 * it has already visited, so a loop fails fast with a clear error.
 *
 * <p>{@code readTimeout} bounds the wait for the status line and headers and for each read of the
 * body: a body that stalls for that long fails the read with an {@link IOException} (so it should
 * match the streaming read timeout). The body may be closed from another thread without blocking
 * ({@link ConnectionBody}); interrupting a thread blocked in a read does not unblock it, the read
 * timeout does.
 */
public final class UrlConnectionRangeClient implements RangeClient {
    static final int MAX_REDIRECTS = 5;

    private final int connectTimeoutMs;
    private final int readTimeoutMs;

    public UrlConnectionRangeClient(Duration connectTimeout, Duration readTimeout) {
        if (connectTimeout == null || readTimeout == null || connectTimeout.toMillis() < 1 || readTimeout.toMillis() < 1
                || connectTimeout.toMillis() > Integer.MAX_VALUE || readTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("connect and read timeouts of 1 ms or more are required");
        }
        this.connectTimeoutMs = (int) connectTimeout.toMillis();
        this.readTimeoutMs = (int) readTimeout.toMillis();
    }

    @Override
    public RangeResponse get(URI url, long from, long toExclusive) throws StreamException {
        if (from < 0 || toExclusive <= from) {
            throw new IllegalArgumentException("empty or negative range " + from + "-" + toExclusive);
        }
        Set<URI> visited = new HashSet<>();
        URI current = url;
        for (int hop = 0; ; hop++) {
            requireHttp(current);
            if (!visited.add(current)) {
                throw new StreamException(Reason.PROTOCOL, "redirect loop: the audio server sent us back to a URL already visited");
            }
            HttpURLConnection connection = open(current, from, toExclusive);
            int status = status(connection);
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = connection.getHeaderField("Location");
                connection.disconnect();
                if (hop == MAX_REDIRECTS) {
                    throw new StreamException(Reason.PROTOCOL, "more than " + MAX_REDIRECTS + " redirects");
                }
                current = resolve(current, location);
                continue;
            }
            return checked(connection, status, from, toExclusive);
        }
    }

    private HttpURLConnection open(URI url, long from, long toExclusive) throws StreamException {
        try {
            URLConnection c = url.toURL().openConnection();
            if (!(c instanceof HttpURLConnection)) {
                throw new StreamException(Reason.PROTOCOL, "not an http(s) stream url");
            }
            HttpURLConnection connection = (HttpURLConnection) c;
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setConnectTimeout(connectTimeoutMs);
            connection.setReadTimeout(readTimeoutMs);
            connection.setRequestProperty("Range", "bytes=" + from + "-" + (toExclusive - 1));
            return connection;
        } catch (IOException | IllegalArgumentException e) {
            throw new StreamException(Reason.PROTOCOL, "a malformed stream url", e);
        }
    }

    private static int status(HttpURLConnection connection) throws StreamException {
        try {
            int status = connection.getResponseCode();
            if (status < 0) {
                connection.disconnect();
                throw new StreamException(Reason.PROTOCOL, "the audio server did not answer with an HTTP status line");
            }
            return status;
        } catch (SocketTimeoutException e) {
            connection.disconnect();
            throw new StreamException(Reason.UNAVAILABLE, "cannot fetch audio: timed out waiting for the answer", e);
        } catch (IOException e) {
            connection.disconnect();
            throw new StreamException(Reason.UNAVAILABLE, "cannot fetch audio: " + e.getClass().getSimpleName(), e);
        }
    }

    private static RangeResponse checked(HttpURLConnection connection, int status, long from, long toExclusive)
            throws StreamException {
        long declared = contentLength(connection);
        InputStream body = null;
        try {
            if (status == 206) {
                Optional<ContentRange> range = ContentRange.parse(connection.getHeaderField("Content-Range"));
                if (range.isEmpty() || range.get().first() != from || range.get().last() >= toExclusive) {
                    throw new StreamException(Reason.PROTOCOL, "wrong Content-Range for bytes " + from + "-" + (toExclusive - 1)
                            + ": " + range.map(ContentRange::toString).orElse("missing or malformed"));
                }
                if (declared >= 0 && declared != range.get().length()) {
                    throw new StreamException(Reason.PROTOCOL, "Content-Length " + declared
                            + " disagrees with Content-Range " + range.get().length());
                }
                body = body(connection);
                return new RangeResponse(from, range.get().length(), range.get().total(),
                        new ExactLengthStream(body, range.get().length()));
            }
            if (status == 200) {
                if (declared == 0) {
                    throw new StreamException(Reason.PROTOCOL, "the audio server sent an empty body");
                }
                if (declared >= 0 && from >= declared) {
                    throw new StreamException(Reason.PROTOCOL, "the range starts past the end of the " + declared + " bytes");
                }
                body = body(connection);
                InputStream whole = new ExactLengthStream(body, declared);
                skipFully(whole, from);
                return new RangeResponse(from, declared < 0 ? -1 : declared - from, declared, whole);
            }
            if (status == 416) {
                // Asked from exactly the end (a cached partial file that was already whole): nothing more.
                String cr = connection.getHeaderField("Content-Range");
                if (cr != null && cr.matches("bytes \\*/\\d{1,18}") && Long.parseLong(cr.substring(8)) == from) {
                    connection.disconnect();
                    return new RangeResponse(from, 0, from, InputStream.nullInputStream());
                }
            }
            throw new StreamException(reasonFor(status), "audio server answered " + status);
        } catch (StreamException e) {
            if (body != null) {
                try {
                    body.close();
                } catch (IOException ignored) {
                    // being discarded
                }
            }
            connection.disconnect();
            throw e;
        }
    }

    static Reason reasonFor(int status) {
        if (status == 403) {
            return Reason.FORBIDDEN;
        }
        if (status == 410) {
            return Reason.EXPIRED;
        }
        if (status == 404) {
            return Reason.NOT_FOUND;
        }
        return status >= 500 ? Reason.UNAVAILABLE : Reason.PROTOCOL;
    }

    private static InputStream body(HttpURLConnection connection) throws StreamException {
        try {
            return new ConnectionBody(connection, connection.getInputStream());
        } catch (IOException e) {
            throw new StreamException(Reason.UNAVAILABLE, "cannot read the audio body: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The Content-Length header, -1 when absent; a malformed one is a protocol error. */
    private static long contentLength(HttpURLConnection connection) throws StreamException {
        String value = connection.getHeaderField("Content-Length");
        if (value == null) {
            return -1;
        }
        String v = value.trim();
        if (!v.matches("\\d{1,18}")) {
            connection.disconnect();
            throw new StreamException(Reason.PROTOCOL, "a malformed Content-Length");
        }
        return Long.parseLong(v);
    }

    private static URI resolve(URI current, String target) throws StreamException {
        if (target == null) {
            throw new StreamException(Reason.PROTOCOL, "a redirect without Location");
        }
        try {
            return current.resolve(new URI(target));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new StreamException(Reason.PROTOCOL, "a redirect to a malformed Location");
        }
    }

    private static void requireHttp(URI url) throws StreamException {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new StreamException(Reason.PROTOCOL, "not an http(s) stream url");
        }
    }

    private static void skipFully(InputStream in, long n) throws StreamException {
        try {
            if (in.skip(n) != n) {
                throw new StreamException(Reason.PROTOCOL, "the body ends before byte " + n);
            }
        } catch (IOException e) {
            throw new StreamException(Reason.UNAVAILABLE, "cannot skip to byte " + n + ": " + e.getMessage(), e);
        }
    }
}
