package io.tonearm.agent.stream;

/**
 * How the read-ahead is doing, as the state reports carry it: audio fetched and not yet decoded (at
 * the stream's nominal bit rate), times the decoder found it empty after audio had begun (since the
 * agent started), and the link's measured throughput.
 */
public record BufferHealth(long bufferedMs, int underruns, long throughputBitsPerSecond) {
    public static final BufferHealth NONE = new BufferHealth(0, 0, 0);

    public BufferHealth {
        if (bufferedMs < 0 || underruns < 0 || throughputBitsPerSecond < 0) {
            throw new IllegalArgumentException("buffer figures must not be negative");
        }
    }
}
