package io.tonearm.agent.stream;

import io.tonearm.agent.stream.StreamException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@link RangeClient} on the JDK's {@link HttpClient} (decision §5). It follows redirects itself, at
 * most {@value #MAX_REDIRECTS} and never to a URL it has already visited, so a loop fails fast
 * with a clear error instead of the client's generic one. {@code responseTimeout} bounds the wait
 * for the status line and headers; a body that stalls is the caller's to time out (closing the
 * body or interrupting the reading thread unblocks it).
 */
public final class JdkRangeClient implements RangeClient {
    static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Duration responseTimeout;

    public JdkRangeClient(Duration connectTimeout, Duration responseTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.responseTimeout = responseTimeout;
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
            HttpResponse<InputStream> response = send(current, from, toExclusive);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                close(response.body());
                if (hop == MAX_REDIRECTS) {
                    throw new StreamException(Reason.PROTOCOL, "more than " + MAX_REDIRECTS + " redirects");
                }
                current = location(current, response);
                continue;
            }
            return checked(response, from, toExclusive);
        }
    }

    private HttpResponse<InputStream> send(URI url, long from, long toExclusive) throws StreamException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(responseTimeout)
                .header("Range", "bytes=" + from + "-" + (toExclusive - 1)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new StreamException(Reason.UNAVAILABLE, "cannot fetch audio: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StreamException(Reason.UNAVAILABLE, "interrupted while fetching audio", e);
        }
    }

    private static RangeResponse checked(HttpResponse<InputStream> response, long from, long toExclusive)
            throws StreamException {
        int status = response.statusCode();
        InputStream body = response.body();
        OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
        try {
            if (status == 206) {
                Optional<ContentRange> range = ContentRange.parse(response.headers().firstValue("Content-Range").orElse(null));
                if (range.isEmpty() || range.get().first() != from || range.get().last() >= toExclusive) {
                    throw new StreamException(Reason.PROTOCOL, "wrong Content-Range for bytes " + from + "-" + (toExclusive - 1)
                            + ": " + range.map(ContentRange::toString).orElse("missing or malformed"));
                }
                if (declared.isPresent() && declared.getAsLong() != range.get().length()) {
                    throw new StreamException(Reason.PROTOCOL, "Content-Length " + declared.getAsLong()
                            + " disagrees with Content-Range " + range.get().length());
                }
                return new RangeResponse(from, range.get().length(), range.get().total(),
                        new ExactLengthStream(body, range.get().length()));
            }
            if (status == 200) {
                long total = declared.orElse(-1);
                if (total == 0) {
                    throw new StreamException(Reason.PROTOCOL, "the audio server sent an empty body");
                }
                if (total >= 0 && from >= total) {
                    throw new StreamException(Reason.PROTOCOL, "the range starts past the end of the " + total + " bytes");
                }
                InputStream whole = new ExactLengthStream(body, total);
                skipFully(whole, from);
                return new RangeResponse(from, total < 0 ? -1 : total - from, total, whole);
            }
            if (status == 416) {
                // Asked from exactly the end (a cached partial file that was already whole): nothing more.
                Optional<Long> size = response.headers().firstValue("Content-Range")
                        .filter(v -> v.matches("bytes \\*/\\d{1,18}")).map(v -> Long.parseLong(v.substring(8)));
                if (size.isPresent() && size.get() == from) {
                    close(body);
                    return new RangeResponse(from, 0, from, InputStream.nullInputStream());
                }
            }
            throw new StreamException(reasonFor(status), "audio server answered " + status);
        } catch (StreamException e) {
            close(body);
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

    private static URI location(URI current, HttpResponse<?> response) throws StreamException {
        String target = response.headers().firstValue("Location")
                .orElseThrow(() -> new StreamException(Reason.PROTOCOL, "a redirect without Location"));
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

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the response is being discarded
        }
    }
}
