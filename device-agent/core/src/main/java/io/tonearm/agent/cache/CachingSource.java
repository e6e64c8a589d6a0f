package io.tonearm.agent.cache;

import io.tonearm.agent.stream.AudioSource;
import io.tonearm.agent.stream.StreamException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A track played while it is cached: the bytes an earlier, cut-off fetch left in the partial file,
 * then the network's from there on, each network byte appended to the partial file as the decoder
 * reads it. When the network's stream ends the file is complete and kept; if playback stops early,
 * the partial file stays for the next fetch to continue.
 */
final class CachingSource implements AudioSource {
    private static final Logger LOG = LoggerFactory.getLogger(CachingSource.class);

    private final DiskCache cache;
    private final CacheKey key;
    private final AudioSource network;
    private final OutputStream appender;
    private final InputStream input;
    private final double gainDb;
    private final long durationMs;
    private boolean done;

    CachingSource(DiskCache cache, CacheKey key, long partLength, AudioSource network, double gainDb, long durationMs)
            throws IOException {
        this.cache = cache;
        this.key = key;
        this.network = network;
        this.gainDb = gainDb;
        this.durationMs = durationMs;
        this.appender = cache.appender(key);
        InputStream part = partLength == 0 ? InputStream.nullInputStream()
                : new java.io.BufferedInputStream(Files.newInputStream(cache.partFile(key)));
        this.input = new SequenceInputStream(limited(part, partLength), new Tee());
    }

    @Override
    public InputStream input() {
        return input;
    }

    @Override
    public long bufferedBytes() {
        return network.bufferedBytes();
    }

    @Override
    public long bufferedMillis() {
        return network.bufferedMillis();
    }

    @Override
    public long throughputBitsPerSecond() {
        return network.throughputBitsPerSecond();
    }

    @Override
    public int starvations() {
        return network.starvations();
    }

    @Override
    public Optional<StreamException> failure() {
        return network.failure();
    }

    @Override
    public synchronized void close() {
        network.close();
        end(false);
    }

    private synchronized void end(boolean complete) {
        if (done) {
            return;
        }
        done = true;
        try {
            appender.close();
            if (complete) {
                cache.finish(key, gainDb, durationMs);
            }
        } catch (IOException e) {
            LOG.warn("cannot cache {}: {}", key, e.getMessage());
        } finally {
            cache.release(key);
        }
    }

    private static InputStream limited(InputStream in, long length) {
        return new java.io.FilterInputStream(in) {
            private long left = length;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left == 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }
        };
    }

    /** The network's bytes, written to the partial file as they pass. */
    private final class Tee extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = network.input().read(b, off, len);
            synchronized (CachingSource.this) {
                if (n < 0) {
                    end(true);
                } else if (!done) {
                    appender.write(b, off, n);
                }
            }
            return n;
        }

        @Override
        public void close() {
            CachingSource.this.close();
        }
    }
}
