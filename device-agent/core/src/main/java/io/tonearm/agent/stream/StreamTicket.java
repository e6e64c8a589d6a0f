package io.tonearm.agent.stream;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * What the control plane grants for one track at one quality: a signed URL valid until
 * {@code expiresAt}, the loudness gain to normalise it, its duration and, when the control plane
 * has one, the stream's seek index.
 */
public record StreamTicket(TrackRef track, Quality quality, URI url, Instant expiresAt, double gainDb, long durationMs,
                           Optional<SeekIndex> seekIndex) {
    public StreamTicket {
        if (track == null || quality == null || url == null || expiresAt == null || seekIndex == null) {
            throw new IllegalArgumentException("track, quality, url, expiresAt and seekIndex (maybe empty) are required");
        }
        if (!Double.isFinite(gainDb) || durationMs < 0) {
            throw new IllegalArgumentException("gain must be finite and duration not negative");
        }
    }

    /** A ticket without a seek index. */
    public StreamTicket(TrackRef track, Quality quality, URI url, Instant expiresAt, double gainDb, long durationMs) {
        this(track, quality, url, expiresAt, gainDb, durationMs, Optional.empty());
    }
}
