package io.tonearm.agent.sink;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.time.TimeSource;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Keeps every sample it is given, with the time the first one arrived, for simulators and tests.
 * It takes audio as fast as it comes; wrap it in a {@link PacedSink} to give it a sound card's
 * pace. Written by the player thread; the accessors may be called from any thread.
 */
public final class CapturingSink implements AudioSink {
    private final TimeSource time;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private volatile PcmFormat format;
    private volatile long firstSampleNanos = -1;

    public CapturingSink(TimeSource time) {
        this.time = time;
    }

    @Override
    public void open(PcmFormat format) {
        this.format = format;
    }

    @Override
    public void write(byte[] s16le, int offset, int length) throws SinkException {
        PcmFormat f = format;
        if (f == null) {
            throw new SinkException("sink is not open");
        }
        long now = time.nanoTime();
        if (firstSampleNanos < 0) {
            firstSampleNanos = now;
        }
        synchronized (captured) {
            captured.write(s16le, offset, length);
        }
    }

    @Override
    public void close() {
        // keeps what it captured
    }

    /** Everything written so far, as interleaved 16-bit samples. */
    public short[] samples() {
        byte[] bytes;
        synchronized (captured) {
            bytes = captured.toByteArray();
        }
        short[] out = new short[bytes.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
        }
        return out;
    }

    public long bytesCaptured() {
        synchronized (captured) {
            return captured.size();
        }
    }

    /** When the first sample arrived ({@link TimeSource#nanoTime()}), if any has. */
    public Optional<Long> firstSampleNanos() {
        long t = firstSampleNanos;
        return t < 0 ? Optional.empty() : Optional.of(t);
    }

    public Optional<PcmFormat> format() {
        return Optional.ofNullable(format);
    }

    /** Forgets what was captured (not the format), e.g. between phases of a scenario. */
    public void clear() {
        synchronized (captured) {
            captured.reset();
        }
        firstSampleNanos = -1;
    }
}
