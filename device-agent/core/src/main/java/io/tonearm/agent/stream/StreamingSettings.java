package io.tonearm.agent.stream;

import java.time.Duration;

/**
 * How a track is fetched: {@code readAheadBytes} of read-ahead (the profile's
 * {@code streaming.read-ahead-kb}), requests of {@code chunkBytes}, a body that delivers nothing
 * for {@code readTimeout} counts as a dropped connection, and failures are retried by {@code retry}.
 */
public record StreamingSettings(int readAheadBytes, int chunkBytes, Duration readTimeout, RetryPolicy retry) {
    public StreamingSettings {
        if (readAheadBytes < 16 * 1024 || readAheadBytes > 64 << 20) {
            throw new IllegalArgumentException("read-ahead must be 16 KiB-64 MiB: " + readAheadBytes);
        }
        if (chunkBytes < 4096 || chunkBytes > 16 << 20) {
            throw new IllegalArgumentException("chunk must be 4 KiB-16 MiB: " + chunkBytes);
        }
        if (readTimeout == null || readTimeout.toMillis() < 10 || retry == null) {
            throw new IllegalArgumentException("a read timeout of at least 10 ms and a retry policy are required");
        }
    }

    /** A read-ahead of {@code readAheadKb} KiB with requests of a quarter of it (64 KiB-1 MiB). */
    public static StreamingSettings forReadAhead(int readAheadKb) {
        int bytes = readAheadKb * 1024;
        int chunk = Math.max(64 * 1024, Math.min(1 << 20, bytes / 4));
        return new StreamingSettings(bytes, chunk, Duration.ofSeconds(5), RetryPolicy.defaults());
    }
}
