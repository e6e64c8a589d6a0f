package io.tonearm.hub.broker;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.util.Optional;

/**
 * Settings under {@code tonearm.hub.mqtt}. In {@code embedded} mode the hub starts HiveMQ CE on
 * {@code bind-address:port}; in {@code external} mode it connects to {@code url}. Either way the hub is
 * an ordinary MQTT 5 client of the broker.
 *
 * @param maxQueuedMessages how many messages the embedded broker queues for one client before it drops
 *                          more (HiveMQ's {@code max-queue-size}, default there 1,000). The hub's own client
 *                          subscribes to every device's hello, presence and state, so in a connect storm its
 *                          queue holds several messages per device: 1,000 lost registrations of a fleet.
 *                          Ignored in external mode (configure that broker).
 */
@ConfigurationProperties("tonearm.hub.mqtt")
public record BrokerConfig(
        @Bindable(defaultValue = "embedded") String mode,
        @Bindable(defaultValue = "1883") int port,
        @Bindable(defaultValue = "0.0.0.0") String bindAddress,
        @Nullable String url,
        @Bindable(defaultValue = "100000") long maxQueuedMessages) {

    /** Bounds of {@code max-queued-messages}: below 1,000 is HiveMQ's own fragile default. */
    static final long MIN_QUEUED = 1_000;
    static final long MAX_QUEUED = 10_000_000;

    /** Where the broker comes from. */
    public enum Mode {
        EMBEDDED, EXTERNAL
    }

    public BrokerConfig {
        Mode parsed = parseMode(mode);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("tonearm.hub.mqtt.port must be 1-65535: " + port);
        }
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new IllegalArgumentException("tonearm.hub.mqtt.bind-address must not be empty");
        }
        if (maxQueuedMessages < MIN_QUEUED || maxQueuedMessages > MAX_QUEUED) {
            throw new IllegalArgumentException("tonearm.hub.mqtt.max-queued-messages must be " + MIN_QUEUED + "-"
                    + MAX_QUEUED + ": " + maxQueuedMessages);
        }
        if (parsed == Mode.EXTERNAL) {
            checkUrl(url);
        }
    }

    public Mode brokerMode() {
        return parseMode(mode);
    }

    public boolean embedded() {
        return brokerMode() == Mode.EMBEDDED;
    }

    public Optional<String> externalUrl() {
        return Optional.ofNullable(url);
    }

    private static Mode parseMode(String mode) {
        if ("embedded".equalsIgnoreCase(mode)) {
            return Mode.EMBEDDED;
        }
        if ("external".equalsIgnoreCase(mode)) {
            return Mode.EXTERNAL;
        }
        throw new IllegalArgumentException("tonearm.hub.mqtt.mode must be embedded or external: " + mode);
    }

    private static void checkUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("tonearm.hub.mqtt.url is required when tonearm.hub.mqtt.mode is external");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tonearm.hub.mqtt.url is not a valid URL: " + url, e);
        }
        if (!("tcp".equals(uri.getScheme()) || "ssl".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("tonearm.hub.mqtt.url must look like tcp://host:port or ssl://host:port: "
                    + url);
        }
    }
}
