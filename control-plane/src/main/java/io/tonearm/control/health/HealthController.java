package io.tonearm.control.health;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /health}: answers once the context (database, catalog, keys) has started. */
@Controller("/health")
public class HealthController {

    private static final Health UP = new Health("UP");

    @Get
    public Health health() {
        return UP;
    }

    /** The health body, {@code {"status":"UP"}}. */
    @Serdeable
    public record Health(String status) {
    }
}
