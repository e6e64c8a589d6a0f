package io.tonearm.hub.events;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Settings under {@code tonearm.hub.events}.
 *
 * @param heartbeat how often an idle event stream carries a {@code heartbeat} event (1 s to 5 min), so
 *                  proxies keep it open and clients notice a dead one
 */
@ConfigurationProperties("tonearm.hub.events")
public record EventsConfig(@Bindable(defaultValue = "15s") Duration heartbeat) {
    public EventsConfig {
        if (heartbeat == null || heartbeat.compareTo(Duration.ofSeconds(1)) < 0
                || heartbeat.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("tonearm.hub.events.heartbeat must be between 1s and 5m: " + heartbeat);
        }
    }
}
