package io.tonearm.agent.stream;

import io.tonearm.agent.time.TimeSource;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.random.RandomGenerator;

/**
 * The agent's HTTP {@link AudioFetcher}: each stream is a {@link StreamingSource} fetching ahead
 * with Range requests. Owns one daemon thread ("tonearm-fetch-watchdog") that cuts off stalled
 * reads; {@link #close()} stops it. Thread-safe.
 */
public final class StreamingFetcher implements AudioFetcher, AutoCloseable {
    private final RangeClient client;
    private final StreamingSettings settings;
    private final TimeSource time;
    private final RandomGenerator random;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tonearm-fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    public StreamingFetcher(RangeClient client, StreamingSettings settings, TimeSource time, RandomGenerator random) {
        this.client = client;
        this.settings = settings;
        this.time = time;
        this.random = random;
    }

    @Override
    public InputStream open(URI url) throws StreamException {
        return source(url, 0, () -> {
            throw new StreamException(StreamException.Reason.FORBIDDEN, "the stream URL was refused and cannot be renewed");
        }, 320).input();
    }

    @Override
    public AudioSource openSource(StreamTicket ticket, long fromByte, UrlRefresher refresher) {
        return source(ticket.url(), fromByte, refresher, ticket.quality().kbps());
    }

    @Override
    public Optional<RangeReader> rangeReader(StreamTicket ticket, UrlRefresher refresher) {
        return Optional.of(new HttpRangeReader(client, ticket.url(), refresher));
    }

    /** A source for {@code url} from {@code fromByte}, at a nominal {@code kbps}. */
    public StreamingSource source(URI url, long fromByte, UrlRefresher refresher, int kbps) {
        if (fromByte < 0 || kbps < 1) {
            throw new IllegalArgumentException("offset must not be negative and the bit rate positive");
        }
        return new StreamingSource(client, url, fromByte, refresher, kbps, settings, time, random, watchdog);
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
