package io.tonearm.agent.sink;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.time.TimeSource;

/** Discards audio at the pace a sound card would play it, so a headless agent behaves like a real one. */
public final class NullSink implements AudioSink {
    private final PacedSink paced;

    public NullSink(TimeSource time) {
        this(time, PacedSink.LEAD_MS, 0);
    }

    /**
     * A null sink like a sound card with a {@code bufferMs} buffer and a start threshold of
     * {@code startMs} ({@link PacedSink#PacedSink(AudioSink, TimeSource, long, long)}).
     */
    public NullSink(TimeSource time, long bufferMs, long startMs) {
        this.paced = new PacedSink(new AudioSink() {
            @Override
            public void open(PcmFormat format) {
            }

            @Override
            public void write(byte[] s16le, int offset, int length) {
            }

            @Override
            public void close() {
            }
        }, time, bufferMs, startMs);
    }

    @Override
    public void open(PcmFormat format) throws SinkException {
        paced.open(format);
    }

    @Override
    public void write(byte[] s16le, int offset, int length) throws SinkException {
        paced.write(s16le, offset, length);
    }

    @Override
    public long latencyNanos() {
        return paced.latencyNanos();
    }

    @Override
    public void pause() {
        paced.pause();
    }

    @Override
    public void resume() {
        paced.resume();
    }

    @Override
    public void flush() {
        paced.flush();
    }

    @Override
    public void close() {
        paced.close();
    }
}
