package io.tonearm.agent.stream;

import io.tonearm.agent.stream.StreamException.Reason;
import io.tonearm.agent.time.TimeSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link AudioSource} fed by its own thread ("tonearm-fetch") with Range requests of
 * {@code chunkBytes} into a read-ahead ring. After a dropped connection, a body that ends early or
 * one that stalls for {@code readTimeout}, it asks again from the first byte it lacks, backing off
 * per {@link RetryPolicy} (waits run on the injected {@link TimeSource}); progress resets the count.
 * A 403 or 410 gets the URL refreshed once (then it fails); 404 and protocol errors fail at once.
 */
public final class StreamingSource implements AudioSource {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingSource.class);
    /** A long request is measured in slices of this much transfer time, so a slow link shows within a second. */
    private static final long SAMPLE_NANOS = 500_000_000L;

    private final RangeClient client;
    private final UrlRefresher refresher;
    private final StreamingSettings settings;
    private final TimeSource time;
    private final RandomGenerator random;
    private final int kbps;
    private final ByteRing ring;
    private final Thread thread;
    private final ScheduledFuture<?> watch;
    private final Throughput throughput;
    private final InputStream input = new RingInput();
    private volatile long readStartedNanos = -1;
    private volatile InputStream body;
    private volatile boolean closed;
    private volatile boolean cutOff;
    private volatile StreamException failure;
    private URI url;
    private long next;
    private long total = -1;
    private int attempts;
    private boolean refreshed;

    StreamingSource(RangeClient client, URI url, long from, UrlRefresher refresher, int kbps, StreamingSettings settings,
                    TimeSource time, RandomGenerator random, ScheduledExecutorService watchdog) {
        this.client = client;
        this.url = url;
        this.next = from;
        this.refresher = refresher;
        this.kbps = kbps;
        this.settings = settings;
        this.time = time;
        this.random = random;
        this.ring = new ByteRing(settings.readAheadBytes());
        this.throughput = new Throughput();
        this.thread = new Thread(this::run, "tonearm-fetch");
        this.thread.setDaemon(true);
        long period = Math.max(5, settings.readTimeout().toMillis() / 4);
        this.watch = watchdog.scheduleAtFixedRate(this::checkStall, period, period, TimeUnit.MILLISECONDS);
        this.thread.start();
    }

    @Override
    public InputStream input() {
        return input;
    }

    @Override
    public long bufferedBytes() {
        return ring.size();
    }

    @Override
    public long bufferedMillis() {
        return ring.size() * 8L / kbps;
    }

    @Override
    public long throughputBitsPerSecond() {
        return throughput.bitsPerSecond();
    }

    @Override
    public int starvations() {
        return ring.starvations();
    }

    @Override
    public Optional<StreamException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public void close() {
        closed = true;
        ring.close();
        watch.cancel(false);
        thread.interrupt();
        closeQuietly(body);
    }

    private void run() {
        try {
            while (!closed && (total < 0 || next < total)) {
                try {
                    if (!step()) {
                        break;
                    }
                } catch (InterruptedException e) {
                    if (closed) {
                        return;
                    }
                    // A stall cut-off that raced with the end of the read it was aimed at: carry on.
                    Thread.interrupted();
                }
            }
            ring.finish();
        } catch (StreamException e) {
            if (!closed) {
                failure = e;
                ring.fail(e);
            }
        } finally {
            watch.cancel(false);
        }
    }

    /** One request, or one retry decision; false when the stream has ended. */
    private boolean step() throws StreamException, InterruptedException {
        if (ring.awaitRoom() == 0) {
            return false;
        }
        long before = next;
        try {
            if (fetchChunk()) {
                return false;
            }
            attempts = 0;
            return true;
        } catch (StreamException e) {
            if (closed) {
                return false;
            }
            boolean urlRefused = e.reason() == Reason.FORBIDDEN || e.reason() == Reason.EXPIRED;
            if (urlRefused && !refreshed) {
                refreshed = true;
                LOG.info("stream URL refused ({}); asking for a fresh one", e.getMessage());
                url = refresher.refresh();
                return true;
            }
            if (!e.reason().retryable() || urlRefused) {
                throw e;
            }
            attempts = next > before ? 1 : attempts + 1;
            if (attempts >= settings.retry().maxAttempts()) {
                throw new StreamException(e.reason(), "gave up after " + attempts + " attempts at byte " + next
                        + ": " + e.getMessage(), e);
            }
            long delay = settings.retry().delayNanos(attempts, random);
            LOG.debug("fetch failed at byte {} ({}); retry {} in {} ms", next, e.getMessage(), attempts, delay / 1_000_000);
            Thread.interrupted();
            time.sleepUntil(time.nanoTime() + delay);
            return true;
        }
    }

    /** Fetches one chunk from {@code next}; true when the resource turned out to end here. */
    private boolean fetchChunk() throws StreamException, InterruptedException {
        long to = total < 0 ? next + settings.chunkBytes() : Math.min(total, next + settings.chunkBytes());
        long started = time.nanoTime();
        RangeResponse response = client.get(url, next, to);
        long active = time.nanoTime() - started;
        long fetched = 0;
        body = response.body();
        try {
            if (closed) {
                return true;
            }
            if (response.totalLength() >= 0) {
                total = response.totalLength();
            }
            byte[] buffer = new byte[16 * 1024];
            while (!closed) {
                int room = ring.awaitRoom();
                if (room == 0) {
                    return true;
                }
                readStartedNanos = System.nanoTime();
                long readStart = time.nanoTime();
                int n = body.read(buffer, 0, Math.min(room, buffer.length));
                active += time.nanoTime() - readStart;
                readStartedNanos = -1;
                if (n < 0) {
                    break;
                }
                ring.write(buffer, 0, n);
                next += n;
                fetched += n;
                if (active >= SAMPLE_NANOS) {
                    throughput.sample(fetched, active);
                    fetched = 0;
                    active = 0;
                }
            }
            throughput.sample(fetched, active);
            return response.totalLength() < 0 && response.length() < 0;
        } catch (BodyMismatchException e) {
            throw new StreamException(Reason.PROTOCOL, e.getMessage(), e);
        } catch (IOException e) {
            if (closed) {
                throw new InterruptedException("closed");
            }
            // The watchdog's cut-off or the socket's own read timeout (UrlConnectionRangeClient).
            String why = cutOff || e instanceof java.net.SocketTimeoutException ? "read timed out" : String.valueOf(e.getMessage());
            throw new StreamException(Reason.UNAVAILABLE, "connection lost at byte " + next + " (" + why + ")", e);
        } finally {
            readStartedNanos = -1;
            cutOff = false;
            body = null;
            closeQuietly(response.body());
        }
    }

    /** Runs on the watchdog: a read that has waited past the read timeout is cut off. */
    private void checkStall() {
        long startedAt = readStartedNanos;
        if (startedAt >= 0 && System.nanoTime() - startedAt > settings.readTimeout().toNanos()) {
            LOG.debug("no audio bytes for {} ms at byte {}; dropping the connection", settings.readTimeout().toMillis(), next);
            readStartedNanos = -1;
            cutOff = true;
            thread.interrupt();
            closeQuietly(body);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException | RuntimeException ignored) {
                // being abandoned
            }
        }
    }

    private final class RingInput extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return ring.read(b, off, len);
        }

        @Override
        public int available() {
            return ring.size();
        }

        @Override
        public void close() {
            StreamingSource.this.close();
        }
    }
}
