package io.tonearm.hub.handoff;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Settings under {@code tonearm.hub.handoff}. A bad value fails the start with the key's name.
 *
 * @param switchMargin time between the target saying "ready" and the switch instant, so that both
 *                     scheduled commands reach their devices before it
 * @param prepareLead  how far ahead the position the target prepares at is taken; a target ready
 *                     later decodes forward to the switch position
 * @param readyTimeout how long the target may take to get ready before the transfer is abandoned
 * @param clockMaxAge  how long a device's clock-offset estimate is trusted before it is measured again
 * @param clockProbes  round trips per measurement; the one with the shortest round trip wins
 */
@ConfigurationProperties("tonearm.hub.handoff")
public record HandoffConfig(
        @Bindable(defaultValue = "60ms") Duration switchMargin,
        @Bindable(defaultValue = "100ms") Duration prepareLead,
        @Bindable(defaultValue = "5s") Duration readyTimeout,
        @Bindable(defaultValue = "30s") Duration clockMaxAge,
        @Bindable(defaultValue = "5") int clockProbes) {

    public HandoffConfig {
        check("switch-margin", switchMargin, Duration.ofSeconds(2));
        check("prepare-lead", prepareLead, Duration.ofSeconds(5));
        check("ready-timeout", readyTimeout, Duration.ofMinutes(1));
        check("clock-max-age", clockMaxAge, Duration.ofHours(1));
        if (clockProbes < 1 || clockProbes > 20) {
            throw new IllegalArgumentException("tonearm.hub.handoff.clock-probes must be 1-20: " + clockProbes);
        }
    }

    private static void check(String key, Duration value, Duration max) {
        if (value == null || value.isNegative() || value.isZero() || value.compareTo(max) > 0) {
            throw new IllegalArgumentException("tonearm.hub.handoff." + key + " must be above 0 and at most " + max
                    + ": " + value);
        }
    }
}
