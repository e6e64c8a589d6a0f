package io.tonearm.agent.control.http;

import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamException.Reason;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link StreamResolver} over the control plane's HTTP API: {@code GET
 * {base}/v1/tracks/{id}/stream?quality=Q&device_id=D} with {@link HttpClient}, JSON read by
 * {@link StreamTicketJson}. At most {@link #MAX_BODY_BYTES} of any body are read.
 *
 * <p>Status mapping: 404 NOT_FOUND; 403 FORBIDDEN; 5xx, 408, 429, a refused or timed-out
 * connection UNAVAILABLE; a 2xx whose body is not a valid answer, and any other status, PROTOCOL.
 * Exception messages never carry the body.
 *
 * <p>Threading: {@link #resolve} blocks the caller for at most the request timeout (headers and
 * body together); thread-safe. The HTTP client runs on daemon threads named
 * {@code tonearm-control-http-N}.
 */
public final class HttpStreamResolver implements StreamResolver {

    /** The most of a response body this client reads; a stream answer is a few hundred bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(HttpStreamResolver.class);
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpControlSettings settings;
    private final String deviceId;
    private final HttpClient client;
    private final StreamTicketJson json;

    public HttpStreamResolver(HttpControlSettings settings, String deviceId) {
        this(settings, deviceId, Clock.systemUTC());
    }

    public HttpStreamResolver(HttpControlSettings settings, String deviceId, Clock clock) {
        if (settings == null || clock == null) {
            throw new IllegalArgumentException("settings and clock are required");
        }
        if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
            throw new IllegalArgumentException("device id must be 1-64 of [A-Za-z0-9._-]: " + deviceId);
        }
        this.settings = settings;
        this.deviceId = deviceId;
        this.json = new StreamTicketJson(settings.baseUrl(), clock);
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor())
                .build();
    }

    @Override
    public StreamTicket resolve(TrackRef track, Quality quality) throws StreamException {
        if (track == null || quality == null) {
            throw new IllegalArgumentException("track and quality are required");
        }
        HttpRequest request = HttpRequest.newBuilder(streamUri(track, quality))
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .GET()
                .build();
        BoundedBody body = exchange(request, track);
        int status = body.status();
        if (status == 404) {
            throw new StreamException(Reason.NOT_FOUND, "the control plane knows no track " + track);
        }
        if (status == 403) {
            throw new StreamException(Reason.FORBIDDEN, "the control plane refused " + track + " to device " + deviceId);
        }
        if (status >= 500 || status == 408 || status == 429) {
            throw new StreamException(Reason.UNAVAILABLE, "the control plane answered " + status + " for " + track);
        }
        if (status < 200 || status > 299) {
            throw new StreamException(Reason.PROTOCOL, "unexpected status " + status + " for the stream of " + track);
        }
        if (body.tooLarge()) {
            throw new StreamException(Reason.PROTOCOL, "the stream answer for " + track + " is larger than "
                    + MAX_BODY_BYTES + " bytes");
        }
        String type = body.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.startsWith("application/json")) {
            throw new StreamException(Reason.PROTOCOL, "the stream answer for " + track + " is not JSON");
        }
        return json.read(track, body.bytes());
    }

    private BoundedBody exchange(HttpRequest request, TrackRef track) throws StreamException {
        CompletableFuture<java.net.http.HttpResponse<BoundedBody>> response =
                client.sendAsync(request, BoundedBody.handler(MAX_BODY_BYTES));
        try {
            // The request timeout only covers the headers; this deadline also covers a stalled body.
            return response.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS).body();
        } catch (TimeoutException e) {
            response.cancel(true);
            throw unavailable(track, "timed out after " + settings.requestTimeout().toMillis() + " ms", e);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw unavailable(track, "interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw unavailable(track, "timed out (" + cause.getMessage() + ")", cause);
            }
            if (cause instanceof IOException) {
                throw unavailable(track, "could not be reached (" + cause + ")", cause);
            }
            log.warn("stream request for {} failed unexpectedly", track, cause);
            throw unavailable(track, "failed (" + cause + ")", cause);
        }
    }

    private URI streamUri(TrackRef track, Quality quality) {
        return URI.create(settings.baseUrl() + "/v1/tracks/" + track.id() + "/stream?quality=" + quality.kbps()
                + "&device_id=" + URLEncoder.encode(deviceId, StandardCharsets.UTF_8));
    }

    private StreamException unavailable(TrackRef track, String what, Throwable cause) {
        return new StreamException(Reason.UNAVAILABLE, "the control plane at " + settings.baseUrl()
                + " " + what + " asking for " + track, cause);
    }

    private static Executor executor() {
        ThreadFactory named = r -> {
            Thread t = new Thread(r, "tonearm-control-http-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newCachedThreadPool(named);
    }
}
