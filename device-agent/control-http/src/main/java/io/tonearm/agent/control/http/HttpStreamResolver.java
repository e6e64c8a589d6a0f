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
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@link StreamResolver} over the control plane's HTTP API: {@code GET
 * {base}/v1/tracks/{id}/stream?quality=Q&device_id=D} with {@link HttpURLConnection} (no
 * {@code java.net.http}: decision §40), JSON read by
 * {@link StreamTicketJson}. At most {@link #MAX_BODY_BYTES} of any body are read.
 *
 * <p>Status mapping: 404 NOT_FOUND; 403 FORBIDDEN; 5xx, 408, 429, a refused or timed-out
 * connection UNAVAILABLE; a 2xx whose body is not a valid answer, and any other status, PROTOCOL.
 * Exception messages never carry the body.
 *
 * <p>Threading: {@link #resolve} runs the request on the caller's thread and blocks it for about
 * the request timeout at most (headers and body together; a read that has started may take one more
 * read timeout); thread-safe, starts no threads.
 */
public final class HttpStreamResolver implements StreamResolver {

    /** The most of a response body this client reads; a stream answer is a few hundred bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final HttpControlSettings settings;
    private final String deviceId;
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
    }

    @Override
    public StreamTicket resolve(TrackRef track, Quality quality) throws StreamException {
        if (track == null || quality == null) {
            throw new IllegalArgumentException("track and quality are required");
        }
        BoundedBody body = exchange(streamUri(track, quality), track);
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

    private BoundedBody exchange(URI uri, TrackRef track) throws StreamException {
        long timeoutMs = settings.requestTimeout().toMillis();
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        HttpURLConnection connection;
        try {
            connection = (HttpURLConnection) uri.toURL().openConnection();
        } catch (IOException | ClassCastException | IllegalArgumentException e) {
            throw unavailable(track, "cannot be addressed (" + e.getClass().getSimpleName() + ")", e);
        }
        try {
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis()));
            connection.setReadTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMs));
            connection.setRequestProperty("Accept", "application/json");
            int status = connection.getResponseCode();
            if (status < 0) {
                throw new StreamException(Reason.PROTOCOL, "the control plane did not answer with an HTTP status line for " + track);
            }
            String type = connection.getContentType() == null ? "" : connection.getContentType();
            if (status < 200 || status > 299) {
                return new BoundedBody(status, type, new byte[0], false); // the status says it all
            }
            try (InputStream in = connection.getInputStream()) {
                return BoundedBody.read(status, type, in, MAX_BODY_BYTES, deadline);
            }
        } catch (SocketTimeoutException e) {
            throw unavailable(track, "timed out after " + timeoutMs + " ms", e);
        } catch (IOException e) {
            throw unavailable(track, "could not be reached (" + e + ")", e);
        } finally {
            // One short request per track: never pool a connection that may hold unread bytes.
            connection.disconnect();
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
}
