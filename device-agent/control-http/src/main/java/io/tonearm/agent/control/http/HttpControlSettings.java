package io.tonearm.agent.control.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * Settings of the agent's control-plane client. Every value is checked here, so a bad one fails at
 * start with the key's name ({@code control.*}, as in the firmware profile).
 *
 * @param baseUrl        {@code control.base_url}: {@code http(s)://host[:port][/prefix]}, no query;
 *                       a trailing slash is dropped
 * @param connectTimeout {@code control.connect_timeout}: TCP (and TLS) connect, 100 ms to 1 min
 * @param requestTimeout {@code control.request_timeout}: the whole exchange, headers and body,
 *                       100 ms to 5 min
 */
public record HttpControlSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public HttpControlSettings {
        require(baseUrl != null, "control.base_url is required");
        require("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()),
                "control.base_url must start with http:// or https://: " + baseUrl);
        require(baseUrl.getHost() != null, "control.base_url needs a host: " + baseUrl);
        require(baseUrl.getRawQuery() == null && baseUrl.getRawFragment() == null && baseUrl.getRawUserInfo() == null,
                "control.base_url must not have a query, fragment or user info: " + baseUrl);
        if (baseUrl.toString().endsWith("/")) {
            baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        }
        bounded(connectTimeout, "control.connect_timeout", Duration.ofMinutes(1));
        bounded(requestTimeout, "control.request_timeout", Duration.ofMinutes(5));
    }

    /** Connect timeout 5 s, request timeout 10 s. */
    public static HttpControlSettings defaults(String baseUrl) {
        require(baseUrl != null, "control.base_url is required");
        try {
            return new HttpControlSettings(new URI(baseUrl), DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("control.base_url is not a URL: " + baseUrl, e);
        }
    }

    public HttpControlSettings withTimeouts(Duration connect, Duration request) {
        return new HttpControlSettings(baseUrl, connect, request);
    }

    private static void bounded(Duration d, String key, Duration max) {
        require(d != null, key + " is required");
        require(d.compareTo(Duration.ofMillis(100)) >= 0 && d.compareTo(max) <= 0,
                key + " must be between 100 ms and " + max.toSeconds() + " s: " + d);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
