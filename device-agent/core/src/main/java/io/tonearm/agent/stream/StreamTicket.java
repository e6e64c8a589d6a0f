package io.tonearm.agent.stream;

import java.net.URI;
import java.time.Instant;

/**
 * What the control plane grants for one track at one quality: a signed URL valid until
 * {@code expiresAt}, the loudness gain to normalise it, and its duration.
 */
public record StreamTicket(TrackRef track, Quality quality, URI url, Instant expiresAt, double gainDb, long durationMs) {
    public StreamTicket {
        if (track == null || quality == null || url == null || expiresAt == null) {
            throw new IllegalArgumentException("track, quality, url and expiresAt are required");
        }
        if (!Double.isFinite(gainDb) || durationMs < 0) {
            throw new IllegalArgumentException("gain must be finite and duration not negative");
        }
    }
}
