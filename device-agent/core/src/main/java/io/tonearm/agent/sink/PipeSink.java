package io.tonearm.agent.sink;

import io.tonearm.agent.audio.PcmFormat;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Raw signed 16-bit little-endian interleaved PCM to a stream (stdout for
 * {@code bin/tonearm agent --sink pipe | aplay -f cd}). The reader paces the writer by blocking.
 */
public final class PipeSink implements AudioSink {
    private final OutputStream out;
    private boolean open;

    public PipeSink(OutputStream out) {
        this.out = out;
    }

    @Override
    public void open(PcmFormat format) {
        open = true;
    }

    @Override
    public void write(byte[] s16le, int offset, int length) throws SinkException {
        if (!open) {
            throw new SinkException("sink is not open");
        }
        try {
            out.write(s16le, offset, length);
        } catch (IOException e) {
            throw new SinkException("pipe closed: " + e.getMessage(), e);
        }
    }

    @Override
    public void drain() throws SinkException {
        try {
            out.flush();
        } catch (IOException e) {
            throw new SinkException("pipe closed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            out.flush();
        } catch (IOException ignored) {
            // the reader went away; nothing left to deliver
        }
    }
}
