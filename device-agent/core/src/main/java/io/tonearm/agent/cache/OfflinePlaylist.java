package io.tonearm.agent.cache;

import io.tonearm.agent.stream.AudioSource;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a playlist for offline play: pins each track at a quality in the cache and fetches the
 * ones not cached yet, through {@link CachingFetcher}, so they are written as a play would write
 * them. Blocking (it downloads); call it from a worker thread. Not thread-safe.
 */
public final class OfflinePlaylist {
    private final StreamResolver resolver;
    private final CachingFetcher fetcher;
    private final DiskCache cache;

    public OfflinePlaylist(StreamResolver resolver, CachingFetcher fetcher, DiskCache cache) {
        this.resolver = resolver;
        this.fetcher = fetcher;
        this.cache = cache;
    }

    /**
     * Pins and fetches {@code tracks} at {@code quality}.
     *
     * @return each track's failure, if it could not be kept (the others are kept)
     */
    public Map<TrackRef, Optional<StreamException>> keep(List<TrackRef> tracks, Quality quality) {
        Map<TrackRef, Optional<StreamException>> outcome = new LinkedHashMap<>();
        for (TrackRef track : tracks) {
            outcome.put(track, keep(track, quality));
        }
        return outcome;
    }

    /** Lets the tracks be evicted again. */
    public void release(List<TrackRef> tracks, Quality quality) {
        cache.unpin(tracks.stream().map(t -> new CacheKey(t, quality)).toList());
    }

    private Optional<StreamException> keep(TrackRef track, Quality quality) {
        try {
            StreamTicket ticket = resolver.resolve(track, quality);
            CacheKey key = new CacheKey(track, ticket.quality());
            cache.pin(List.of(key));
            if (cache.complete(key).isPresent()) {
                return Optional.empty();
            }
            try (AudioSource source = fetcher.openSource(ticket, 0, () -> resolver.resolve(track, quality).url())) {
                InputStream in = source.input();
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (cache.complete(key).isEmpty()) {
                return Optional.of(new StreamException(StreamException.Reason.UNAVAILABLE, track + " could not be cached"));
            }
            return Optional.empty();
        } catch (StreamException e) {
            return Optional.of(e);
        } catch (IOException e) {
            return Optional.of(new StreamException(StreamException.Reason.UNAVAILABLE, "cannot fetch " + track + ": " + e.getMessage(), e));
        }
    }
}
