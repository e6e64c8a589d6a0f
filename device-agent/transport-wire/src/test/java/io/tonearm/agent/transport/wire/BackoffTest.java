package io.tonearm.agent.transport.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration MIN = Duration.ofMillis(250);
    private static final Duration MAX = Duration.ofSeconds(10);

    @Test
    void the_first_retry_waits_exactly_the_minimum() {
        assertThat(new Backoff(MIN, MAX, new SplittableRandom(1)).next()).isEqualTo(MIN);
    }

    @Test
    void the_ceiling_doubles_per_attempt_until_the_maximum() {
        Backoff highest = new Backoff(MIN, MAX, highest());
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            millis.add(highest.next().toMillis());
        }

        assertThat(millis).containsExactly(250L, 500L, 1_000L, 2_000L, 4_000L, 8_000L, 10_000L, 10_000L, 10_000L, 10_000L);
    }

    @Test
    void jittered_delays_stay_between_the_minimum_and_the_current_ceiling() {
        Backoff backoff = new Backoff(MIN, MAX, new SplittableRandom(7));
        long ceiling = MIN.toMillis();
        for (int i = 0; i < 200; i++) {
            long delay = backoff.next().toMillis();
            assertThat(delay).isBetween(MIN.toMillis(), Math.min(ceiling, MAX.toMillis()));
            ceiling = Math.min(ceiling * 2, MAX.toMillis());
        }
    }

    @Test
    void jitter_spreads_a_fleet_that_retries_at_the_same_attempt() {
        List<Long> fifthDelays = new ArrayList<>();
        for (int device = 0; device < 50; device++) {
            Backoff backoff = new Backoff(MIN, MAX, new SplittableRandom(device));
            for (int i = 0; i < 4; i++) {
                backoff.next();
            }
            fifthDelays.add(backoff.next().toMillis());
        }

        assertThat(fifthDelays.stream().distinct().count()).isGreaterThan(40);
    }

    @Test
    void reset_starts_again_at_the_minimum() {
        Backoff backoff = new Backoff(MIN, MAX, highest());
        backoff.next();
        backoff.next();
        backoff.next();

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(MIN);
    }

    /** A random source that always picks the top of the range. */
    private static RandomGenerator highest() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return Long.MAX_VALUE;
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };
    }
}
