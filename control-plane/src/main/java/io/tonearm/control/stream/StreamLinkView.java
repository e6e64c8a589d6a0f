package io.tonearm.control.stream;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;

/**
 * The body of {@code GET /v1/tracks/{id}/stream}: a signed URL and what a player needs to play it.
 *
 * @param peak      the track's linear sample peak (1.0 = full scale) measured at ingestion, null
 *                  when never measured (sample-pack tracks)
 * @param seekIndex {@code [[granule, byte offset], …]} of this quality's file, see
 *                  {@link io.tonearm.control.seek.SeekIndex}
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record StreamLinkView(String trackId, int quality, String url, String expiresAt, long expiresIn,
                             double loudnessGainDb, @Nullable Double peak, long durationMs, double bitrateKbps,
                             int sampleRate, int channels, List<List<Long>> seekIndex) {
}
