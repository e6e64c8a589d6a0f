package io.tonearm.hub.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    private final ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30),
            new Random(42));

    @Test
    void delays_grow_exponentially_within_the_floor_and_the_ceiling() {
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(1));
        for (int attempt = 2; attempt < 50; attempt++) {
            long ceiling = Math.min(30_000, 1000L << Math.min(attempt - 1, 20));
            for (int i = 0; i < 100; i++) {
                assertThat(backoff.delay(attempt).toMillis()).isBetween(1000L, ceiling);
            }
        }
        assertThat(backoff.delay(Integer.MAX_VALUE).toMillis()).isBetween(1000L, 30_000L);
    }

    @Test
    void many_clients_that_lost_the_broker_together_spread_out() {
        Set<Long> delays = new HashSet<>();
        for (int client = 0; client < 100; client++) {
            delays.add(backoff.delay(6).toMillis());
        }
        assertThat(delays).hasSizeGreaterThan(80);
    }

    @Test
    void a_backoff_needs_a_positive_floor_below_the_ceiling() {
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ZERO, Duration.ofSeconds(1), new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
