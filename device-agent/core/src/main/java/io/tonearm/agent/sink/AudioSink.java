package io.tonearm.agent.sink;

import io.tonearm.agent.audio.PcmFormat;

/**
 * Port: where PCM goes (a sound card, a file, a pipe, nowhere at real-time pace, a test's memory).
 * Samples are signed 16-bit little-endian, interleaved, in the format last passed to {@link #open}.
 * One thread, the player's, calls every method.
 */
public interface AudioSink extends AutoCloseable {

    /** Prepares for audio of this format; called before the first write and again when it changes. */
    void open(PcmFormat format) throws SinkException;

    /**
     * Accepts {@code length} bytes (whole frames). Blocks while the sink is full, which is how a
     * real-time sink paces the player.
     */
    void write(byte[] s16le, int offset, int length) throws SinkException;

    /** Stops sound now, keeping what is buffered; {@link #resume()} carries on from there. */
    default void pause() {
    }

    default void resume() {
    }

    /** Discards audio written but not yet played, e.g. a paused track that is being replaced. */
    default void flush() {
    }

    /** Blocks until everything written has been played (or persisted). */
    default void drain() throws SinkException {
    }

    /**
     * How long audio written now would wait before it is heard: the sink's buffered audio. The
     * player subtracts it from what it wrote to report the position people hear. 0 for sinks that
     * keep no buffer or cannot tell.
     */
    default long latencyNanos() {
        return 0;
    }

    /** Releases the device or file; the sink may be opened again. Never throws. */
    @Override
    void close();
}
