package io.tonearm.agent.cache;

import io.tonearm.agent.stream.AudioFetcher;
import io.tonearm.agent.stream.AudioSource;
import io.tonearm.agent.stream.PlainAudioSource;
import io.tonearm.agent.stream.RangeReader;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.UrlRefresher;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An {@link AudioFetcher} that plays cached tracks from disk and caches what it fetches: keyed by
 * track and quality, so a new signed URL for the same stream still hits. A track played from its
 * start is written to the cache as it plays (continuing a partial file with Range from its end); a
 * stream opened mid-way (a seek) is not cached. Thread-safe.
 */
public final class CachingFetcher implements AudioFetcher {
    /** The scheme of the URL in a ticket made from the cache while the control plane is unreachable. */
    public static final String OFFLINE_SCHEME = "tonearm-cache";

    private final AudioFetcher network;
    private final DiskCache cache;

    public CachingFetcher(AudioFetcher network, DiskCache cache) {
        this.network = network;
        this.cache = cache;
    }

    @Override
    public InputStream open(URI url) throws StreamException {
        return network.open(url);
    }

    @Override
    public AudioSource openSource(StreamTicket ticket, long fromByte, UrlRefresher refresher) throws StreamException {
        CacheKey key = new CacheKey(ticket.track(), ticket.quality());
        Optional<Path> file = cache.complete(key);
        if (file.isPresent()) {
            try {
                return PlainAudioSource.skipping(Files.newInputStream(file.get()), fromByte);
            } catch (IOException e) {
                throw new StreamException(StreamException.Reason.UNAVAILABLE, "cannot read the cached " + key, e);
            }
        }
        if (OFFLINE_SCHEME.equals(ticket.url().getScheme())) {
            throw new StreamException(StreamException.Reason.UNAVAILABLE, key + " is no longer cached and the network is down");
        }
        if (fromByte != 0 || !cache.claim(key)) {
            return network.openSource(ticket, fromByte, refresher);
        }
        try {
            long part = cache.partialLength(key);
            AudioSource source = network.openSource(ticket, part, refresher);
            try {
                return new CachingSource(cache, key, part, source, ticket.gainDb(), ticket.durationMs());
            } catch (IOException e) {
                source.close();
                cache.release(key);
                return network.openSource(ticket, 0, refresher);
            }
        } catch (StreamException | RuntimeException e) {
            cache.release(key);
            throw e;
        }
    }

    @Override
    public Optional<RangeReader> rangeReader(StreamTicket ticket, UrlRefresher refresher) {
        CacheKey key = new CacheKey(ticket.track(), ticket.quality());
        if (cache.entry(key).isPresent()) {
            return Optional.of(new FileRangeReader(cache.file(key)));
        }
        return network.rangeReader(ticket, refresher);
    }
}
