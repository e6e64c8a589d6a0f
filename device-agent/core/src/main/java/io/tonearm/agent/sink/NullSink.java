package io.tonearm.agent.sink;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.time.TimeSource;

/** Discards audio at the pace a sound card would play it, so a headless agent behaves like a real one. */
public final class NullSink implements AudioSink {
    private final RealTimePacer pacer;
    private PcmFormat format;

    public NullSink(TimeSource time) {
        this.pacer = new RealTimePacer(time, 50_000_000L);
    }

    @Override
    public void open(PcmFormat format) {
        this.format = format;
        pacer.reset(format.sampleRate());
    }

    @Override
    public void write(byte[] s16le, int offset, int length) throws SinkException {
        if (format == null) {
            throw new SinkException("sink is not open");
        }
        pacer.pace(length / format.bytesPerFrame());
    }

    @Override
    public void resume() {
        if (format != null) {
            pacer.reset(format.sampleRate());
        }
    }

    @Override
    public void close() {
        format = null;
    }
}
