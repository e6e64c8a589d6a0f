package io.tonearm.agent.cache;

import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A {@link StreamResolver} that falls back on the cache when the control plane is unreachable
 * (UNAVAILABLE): a cached track gets a ticket at the best cached quality not above the one asked
 * for (else the lowest cached), with the gain and duration its original ticket carried, and a
 * {@value CachingFetcher#OFFLINE_SCHEME} URL that only {@link CachingFetcher} can open. Refusals
 * (not found, forbidden) are never overridden. Thread-safe.
 */
public final class CachingResolver implements StreamResolver {
    private final StreamResolver network;
    private final DiskCache cache;

    public CachingResolver(StreamResolver network, DiskCache cache) {
        this.network = network;
        this.cache = cache;
    }

    @Override
    public StreamTicket resolve(TrackRef track, Quality quality) throws StreamException {
        try {
            return network.resolve(track, quality);
        } catch (StreamException e) {
            if (e.reason() != StreamException.Reason.UNAVAILABLE) {
                throw e;
            }
            Optional<StreamTicket> offline = offline(track, quality);
            if (offline.isEmpty()) {
                throw e;
            }
            return offline.get();
        }
    }

    private Optional<StreamTicket> offline(TrackRef track, Quality quality) {
        List<CacheKey> cached = cache.cached(track);
        if (cached.isEmpty()) {
            return Optional.empty();
        }
        CacheKey pick = cached.stream().filter(k -> k.quality().compareTo(quality) <= 0).findFirst()
                .orElse(cached.get(cached.size() - 1));
        return cache.entry(pick).map(e -> new StreamTicket(track, pick.quality(),
                URI.create(CachingFetcher.OFFLINE_SCHEME + ":" + pick.stem()), Instant.MAX, e.gainDb(), e.durationMs()));
    }
}
