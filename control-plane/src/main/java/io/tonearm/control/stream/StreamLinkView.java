package io.tonearm.control.stream;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The body of {@code GET /v1/tracks/{id}/stream}: a signed URL and what a player needs to play it. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record StreamLinkView(String trackId, int quality, String url, String expiresAt, long expiresIn,
                             double loudnessGainDb, long durationMs, double bitrateKbps, int sampleRate,
                             int channels) {
}
