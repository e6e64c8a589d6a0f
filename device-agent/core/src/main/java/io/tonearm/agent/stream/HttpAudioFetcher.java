package io.tonearm.agent.stream;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches audio over HTTP(S) with the JDK's client (no third-party library in the core). */
public final class HttpAudioFetcher implements AudioFetcher {
    private final HttpClient client;
    private final Duration timeout;

    public HttpAudioFetcher(Duration connectTimeout, Duration responseTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = responseTimeout;
    }

    @Override
    public InputStream open(URI url) throws StreamException {
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new StreamException(StreamException.Reason.PROTOCOL, "not an http(s) stream url");
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new StreamException(StreamException.Reason.UNAVAILABLE, "cannot fetch audio: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StreamException(StreamException.Reason.UNAVAILABLE, "interrupted while fetching audio", e);
        }
        int status = response.statusCode();
        if (status == 200 || status == 206) {
            return response.body();
        }
        closeQuietly(response.body());
        throw new StreamException(reasonFor(status), "audio server answered " + status);
    }

    static StreamException.Reason reasonFor(int status) {
        if (status == 403) {
            return StreamException.Reason.FORBIDDEN;
        }
        if (status == 410) {
            return StreamException.Reason.EXPIRED;
        }
        if (status == 404) {
            return StreamException.Reason.NOT_FOUND;
        }
        return status >= 500 ? StreamException.Reason.UNAVAILABLE : StreamException.Reason.PROTOCOL;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing to do: the response is being discarded
        }
    }
}
