package io.tonearm.hub.coap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CoapPresenceTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void a_device_expires_only_after_the_whole_allowance_without_a_heartbeat() {
        CoapPresence p = new CoapPresence(Duration.ofSeconds(30));
        p.heard("car", T0);

        assertThat(p.expired(T0.plusSeconds(30))).isEmpty();
        p.heard("car", T0.plusSeconds(25));
        assertThat(p.expired(T0.plusSeconds(55))).isEmpty();
        assertThat(p.expired(T0.plusSeconds(56))).containsExactly("car");
        assertThat(p.watching("car")).isFalse();
        assertThat(p.expired(T0.plusSeconds(600))).isEmpty();
    }

    @Test
    void a_device_that_left_is_not_reported_again() {
        CoapPresence p = new CoapPresence(Duration.ofSeconds(30));
        p.heard("car", T0);
        p.left("car");
        assertThat(p.expired(T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void the_allowance_must_be_positive() {
        assertThatThrownBy(() -> new CoapPresence(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
