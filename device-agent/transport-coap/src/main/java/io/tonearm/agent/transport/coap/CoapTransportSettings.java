package io.tonearm.agent.transport.coap;

import io.tonearm.protocol.CoapResources;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * Settings of the CoAP transport. Every value is checked here, so a bad one fails at start with the
 * key's name ({@code coap.*}).
 *
 * @param hubUri            {@code coap.hub_uri}: {@code coap://host[:port]} (5683 when omitted); DTLS
 *                          ({@code coaps}) is not in this build
 * @param heartbeatInterval {@code coap.heartbeat}: how often the device POSTs an ONLINE presence; the
 *                          hub marks it offline after three missed ones. 100 ms to 1 h
 * @param requestTimeout    {@code coap.request_timeout}: how long one request waits for its response
 *                          (Californium retransmits a confirmable request inside it), 100 ms to 5 min
 * @param reconnectMin      {@code coap.reconnect_min}: first delay before saying hello again after the
 *                          hub stopped answering, and the backoff's floor
 * @param reconnectMax      {@code coap.reconnect_max}: the backoff's ceiling, at least {@code reconnectMin}
 */
public record CoapTransportSettings(URI hubUri, Duration heartbeatInterval, Duration requestTimeout,
                                    Duration reconnectMin, Duration reconnectMax) {

    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_RECONNECT_MIN = Duration.ofMillis(250);
    public static final Duration DEFAULT_RECONNECT_MAX = Duration.ofSeconds(10);

    public CoapTransportSettings {
        require(hubUri != null, "coap.hub_uri is required");
        require("coap".equals(hubUri.getScheme()), "coap.hub_uri must start with coap:// (coaps is not supported"
                + " by this build): " + hubUri);
        require(hubUri.getHost() != null && !hubUri.getHost().isEmpty(), "coap.hub_uri needs a host: " + hubUri);
        require(hubUri.getPort() == -1 || (hubUri.getPort() > 0 && hubUri.getPort() <= 65535),
                "coap.hub_uri has an invalid port: " + hubUri);
        require((hubUri.getPath() == null || hubUri.getPath().isEmpty() || "/".equals(hubUri.getPath()))
                && hubUri.getQuery() == null, "coap.hub_uri must not have a path or query: " + hubUri);
        between(heartbeatInterval, "coap.heartbeat", Duration.ofMillis(100), Duration.ofHours(1));
        between(requestTimeout, "coap.request_timeout", Duration.ofMillis(100), Duration.ofMinutes(5));
        between(reconnectMin, "coap.reconnect_min", Duration.ofMillis(10), Duration.ofHours(1));
        require(reconnectMax != null && reconnectMax.compareTo(reconnectMin) >= 0 && reconnectMax.toHours() < 24,
                "coap.reconnect_max must be between coap.reconnect_min and 24 h: " + reconnectMax);
    }

    /** The defaults (heartbeat 10 s, requests 5 s, backoff 250 ms to 10 s) for a hub. */
    public static CoapTransportSettings defaults(String hubUri) {
        require(hubUri != null, "coap.hub_uri is required");
        try {
            return new CoapTransportSettings(new URI(hubUri), DEFAULT_HEARTBEAT, DEFAULT_REQUEST_TIMEOUT,
                    DEFAULT_RECONNECT_MIN, DEFAULT_RECONNECT_MAX);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("coap.hub_uri is not a URI: " + hubUri, e);
        }
    }

    public CoapTransportSettings withHeartbeat(Duration value) {
        return new CoapTransportSettings(hubUri, value, requestTimeout, reconnectMin, reconnectMax);
    }

    public CoapTransportSettings withRequestTimeout(Duration value) {
        return new CoapTransportSettings(hubUri, heartbeatInterval, value, reconnectMin, reconnectMax);
    }

    public CoapTransportSettings withReconnect(Duration min, Duration max) {
        return new CoapTransportSettings(hubUri, heartbeatInterval, requestTimeout, min, max);
    }

    /** {@code coap://host:port/} with the default port filled in. */
    public String base() {
        int port = hubUri.getPort() == -1 ? CoapResources.DEFAULT_PORT : hubUri.getPort();
        String host = hubUri.getHost().contains(":") && !hubUri.getHost().startsWith("[")
                ? "[" + hubUri.getHost() + "]" : hubUri.getHost();
        return "coap://" + host + ":" + port + "/";
    }

    private static void between(Duration d, String key, Duration min, Duration max) {
        require(d != null && d.compareTo(min) >= 0 && d.compareTo(max) <= 0,
                key + " must be between " + min + " and " + max + ": " + d);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
