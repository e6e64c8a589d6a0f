package io.tonearm.agent.transport.mqtt;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Set;

/**
 * Settings of the MQTT 5 transport. Every value is checked here, so a bad one fails at start with
 * the key's name ({@code mqtt.*}, as in the firmware profile).
 *
 * @param brokerUri       {@code mqtt.broker_uri}: {@code tcp://host:port} or {@code ssl://host:port}
 * @param keepAlive       {@code mqtt.keep_alive}: MQTT keep-alive, whole seconds, 1 s to 65535 s
 *                        (MQTT 5, 3.1.2.10); the broker fires the device's will after 1.5 times this
 *                        without a packet
 * @param connectTimeout  {@code mqtt.connect_timeout}: how long one connection attempt may take,
 *                        whole seconds, 1 s to 5 min
 * @param reconnectMin    {@code mqtt.reconnect_min}: first reconnect delay and the backoff's floor
 * @param reconnectMax    {@code mqtt.reconnect_max}: the backoff's ceiling, at least {@code reconnectMin}
 * @param sessionExpiry   {@code mqtt.session_expiry}: how long the broker keeps the device's session
 *                        (its subscription and the QoS 1 commands queued for it) after the link
 *                        drops, whole seconds, 0 to 2^32-1 s (MQTT 5, 3.1.2.11.2)
 */
public record MqttTransportSettings(URI brokerUri, Duration keepAlive, Duration connectTimeout,
                                    Duration reconnectMin, Duration reconnectMax, Duration sessionExpiry) {

    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RECONNECT_MIN = Duration.ofMillis(250);
    public static final Duration DEFAULT_RECONNECT_MAX = Duration.ofSeconds(10);
    public static final Duration DEFAULT_SESSION_EXPIRY = Duration.ofMinutes(2);

    private static final Set<String> SCHEMES = Set.of("tcp", "ssl");
    private static final long MAX_SESSION_EXPIRY_SECONDS = 0xFFFF_FFFFL;

    public MqttTransportSettings {
        require(brokerUri != null, "mqtt.broker_uri is required");
        require(brokerUri.getScheme() != null && SCHEMES.contains(brokerUri.getScheme()),
                "mqtt.broker_uri must start with tcp:// or ssl://: " + brokerUri);
        require(brokerUri.getHost() != null && brokerUri.getPort() > 0,
                "mqtt.broker_uri needs a host and a port: " + brokerUri);
        require((brokerUri.getPath() == null || brokerUri.getPath().isEmpty()) && brokerUri.getQuery() == null,
                "mqtt.broker_uri must not have a path or query: " + brokerUri);
        wholeSeconds(keepAlive, "mqtt.keep_alive", 1, 65_535);
        wholeSeconds(connectTimeout, "mqtt.connect_timeout", 1, 300);
        require(reconnectMin != null && reconnectMin.toMillis() >= 10,
                "mqtt.reconnect_min must be at least 10 ms: " + reconnectMin);
        require(reconnectMax != null && reconnectMax.compareTo(reconnectMin) >= 0 && reconnectMax.toHours() < 24,
                "mqtt.reconnect_max must be between mqtt.reconnect_min and 24 h: " + reconnectMax);
        wholeSeconds(sessionExpiry, "mqtt.session_expiry", 0, MAX_SESSION_EXPIRY_SECONDS);
    }

    /** The defaults (keep-alive 30 s, connect 10 s, backoff 250 ms to 10 s, session 2 min) for a broker. */
    public static MqttTransportSettings defaults(String brokerUri) {
        return new MqttTransportSettings(parse(brokerUri), DEFAULT_KEEP_ALIVE, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_RECONNECT_MIN, DEFAULT_RECONNECT_MAX, DEFAULT_SESSION_EXPIRY);
    }

    public MqttTransportSettings withKeepAlive(Duration value) {
        return new MqttTransportSettings(brokerUri, value, connectTimeout, reconnectMin, reconnectMax, sessionExpiry);
    }

    public MqttTransportSettings withConnectTimeout(Duration value) {
        return new MqttTransportSettings(brokerUri, keepAlive, value, reconnectMin, reconnectMax, sessionExpiry);
    }

    public MqttTransportSettings withReconnect(Duration min, Duration max) {
        return new MqttTransportSettings(brokerUri, keepAlive, connectTimeout, min, max, sessionExpiry);
    }

    public MqttTransportSettings withSessionExpiry(Duration value) {
        return new MqttTransportSettings(brokerUri, keepAlive, connectTimeout, reconnectMin, reconnectMax, value);
    }

    private static URI parse(String uri) {
        require(uri != null, "mqtt.broker_uri is required");
        try {
            return new URI(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("mqtt.broker_uri is not a URI: " + uri, e);
        }
    }

    private static void wholeSeconds(Duration d, String key, long min, long max) {
        require(d != null, key + " is required");
        require(d.getNano() == 0 && !d.isNegative(), key + " must be a whole number of seconds: " + d);
        require(d.getSeconds() >= min && d.getSeconds() <= max,
                key + " must be between " + min + " s and " + max + " s: " + d);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
