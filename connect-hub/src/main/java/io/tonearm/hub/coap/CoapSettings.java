package io.tonearm.hub.coap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Settings under {@code tonearm.hub.coap}. A bad value fails the start with the key's name.
 *
 * @param enabled           whether the hub runs its CoAP server ({@code false} leaves UDP alone)
 * @param port              UDP port; 0 picks a free one (tests)
 * @param bind              address to listen on
 * @param heartbeatInterval how often CoAP devices POST presence; a device that misses
 *                          {@code missedHeartbeats} of them in a row is marked offline
 * @param missedHeartbeats  heartbeats a device may miss before it is marked offline
 */
@ConfigurationProperties("tonearm.hub.coap")
public record CoapSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "5683") int port,
        @Bindable(defaultValue = "0.0.0.0") String bind,
        @Bindable(defaultValue = "10s") Duration heartbeatInterval,
        @Bindable(defaultValue = "3") int missedHeartbeats) {

    public CoapSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("tonearm.hub.coap.port must be 0-65535: " + port);
        }
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("tonearm.hub.coap.bind must not be empty");
        }
        if (heartbeatInterval == null || heartbeatInterval.compareTo(Duration.ofMillis(100)) < 0
                || heartbeatInterval.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("tonearm.hub.coap.heartbeat-interval must be between 100 ms and 1 h: "
                    + heartbeatInterval);
        }
        if (missedHeartbeats < 1 || missedHeartbeats > 100) {
            throw new IllegalArgumentException("tonearm.hub.coap.missed-heartbeats must be 1-100: " + missedHeartbeats);
        }
    }

    /** How long a device may stay silent before it is marked offline. */
    public Duration offlineAfter() {
        return heartbeatInterval.multipliedBy(missedHeartbeats);
    }
}
