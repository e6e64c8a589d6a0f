package io.tonearm.hub.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

/** {@code GET /health}: the process answers HTTP. Needs no token. */
@Controller("/health")
public class HealthController {

    @Serdeable
    public record Health(String status) {
    }

    @Get
    public Health health() {
        return new Health("UP");
    }
}
