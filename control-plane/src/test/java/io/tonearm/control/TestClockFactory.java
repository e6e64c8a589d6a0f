package io.tonearm.control;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Every test context runs on a {@link MutableClock} that starts at the real current second. */
@Factory
public class TestClockFactory {

    @Singleton
    @Replaces(value = Clock.class, factory = ClockFactory.class)
    public MutableClock testClock() {
        return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
