package io.tonearm.hub;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings under {@code tonearm.hub} (the broker's are in {@link io.tonearm.hub.broker.BrokerConfig}).
 * A bad value fails the start with the key's name.
 *
 * @param dataDir        where the hub keeps its state: the embedded broker's files and the demo token
 * @param controlUrl     base URL of the control plane, for track metadata
 * @param commandTimeout how long an HTTP call waits for a device's ack
 * @param demoUser       whether to create the {@code demo} user and its token file; unset means
 *                       "yes in embedded mode"
 */
@ConfigurationProperties("tonearm.hub")
public record HubConfig(
        @Bindable(defaultValue = "./.tonearm") String dataDir,
        @Bindable(defaultValue = "http://127.0.0.1:8080") String controlUrl,
        @Bindable(defaultValue = "3s") Duration commandTimeout,
        @Nullable Boolean demoUser) {

    public HubConfig {
        if (dataDir == null || dataDir.isBlank()) {
            throw new IllegalArgumentException("tonearm.hub.data-dir must not be empty");
        }
        if (controlUrl == null || !(controlUrl.startsWith("http://") || controlUrl.startsWith("https://"))) {
            throw new IllegalArgumentException("tonearm.hub.control-url must be an http(s) URL: " + controlUrl);
        }
        try {
            URI.create(controlUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tonearm.hub.control-url is not a valid URL: " + controlUrl, e);
        }
        if (commandTimeout == null || commandTimeout.isNegative() || commandTimeout.isZero()
                || commandTimeout.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("tonearm.hub.command-timeout must be between 1 ms and 1 min: "
                    + commandTimeout);
        }
    }

    public Path dataPath() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** The control plane's base URL without a trailing slash. */
    public URI controlBase() {
        return URI.create(controlUrl.endsWith("/") ? controlUrl.substring(0, controlUrl.length() - 1) : controlUrl);
    }

    public Optional<Boolean> demoUserSetting() {
        return Optional.ofNullable(demoUser);
    }
}
