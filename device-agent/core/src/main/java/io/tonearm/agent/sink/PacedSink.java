package io.tonearm.agent.sink;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.time.TimeSource;

/**
 * Gives any sink a sound card's pace: writes return no sooner than the audio would have played
 * (allowing {@value #LEAD_MS} ms of buffer), and pausing stops the clock. An agent that records
 * to a WAV file or feeds a test's memory then behaves in time as it does on a real device.
 */
public final class PacedSink implements AudioSink {
    static final long LEAD_MS = 50;
    private final AudioSink delegate;
    private final RealTimePacer pacer;
    private PcmFormat format;

    public PacedSink(AudioSink delegate, TimeSource time) {
        this(delegate, time, LEAD_MS, 0);
    }

    /**
     * A sink that holds up to {@code leadMs} of audio ahead of what has sounded (a deeper device
     * buffer) and, when it starts or restarts after running dry, plays its first frames
     * {@code startMs} after they were written (a sound card's start threshold, {@link RealTimePacer}).
     */
    public PacedSink(AudioSink delegate, TimeSource time, long leadMs, long startMs) {
        if (leadMs < 0 || startMs < 0) {
            throw new IllegalArgumentException("a sink's buffer and start must not be negative: " + leadMs + " ms, "
                    + startMs + " ms");
        }
        this.delegate = delegate;
        this.pacer = new RealTimePacer(time, leadMs * 1_000_000, startMs * 1_000_000);
    }

    @Override
    public void open(PcmFormat newFormat) throws SinkException {
        delegate.open(newFormat);
        format = newFormat;
        pacer.reset(newFormat.sampleRate());
    }

    @Override
    public void write(byte[] s16le, int offset, int length) throws SinkException {
        if (format == null) {
            throw new SinkException("sink is not open");
        }
        delegate.write(s16le, offset, length);
        pacer.pace(length / format.bytesPerFrame());
    }

    @Override
    public void pause() {
        delegate.pause();
        pacer.hold();
    }

    @Override
    public void resume() {
        delegate.resume();
        pacer.release();
    }

    @Override
    public long latencyNanos() {
        return format == null ? 0 : pacer.aheadNanos();
    }

    @Override
    public void flush() {
        delegate.flush();
        if (format != null) {
            pacer.reset(format.sampleRate());
        }
    }

    @Override
    public void drain() throws SinkException {
        delegate.drain();
    }

    @Override
    public void close() {
        delegate.close();
        format = null;
    }
}
