package io.tonearm.hub;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The hub's one source of time; tests replace it with a fixed or stepped clock. */
@Factory
public class TimeFactory {

    @Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }
}
