package io.tonearm.sim.device;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.sink.SinkException;
import java.util.Optional;

/**
 * Passes audio to another sink and notes when the first sample after {@link #arm()} arrived, so a
 * simulator can time a play request to the first sample at the device. Written by the player
 * thread; armed and read from any thread.
 */
public final class ProbeSink implements AudioSink {
    private final AudioSink delegate;
    private volatile boolean armed;
    private volatile long firstSampleNanos = -1;
    private volatile long framesWritten;
    private volatile PcmFormat format;

    public ProbeSink(AudioSink delegate) {
        this.delegate = delegate;
    }

    /** Forgets the previous first sample; the next write is timed. */
    public void arm() {
        firstSampleNanos = -1;
        armed = true;
    }

    public Optional<Long> firstSampleNanos() {
        long t = firstSampleNanos;
        return t < 0 ? Optional.empty() : Optional.of(t);
    }

    public long framesWritten() {
        return framesWritten;
    }

    @Override
    public void open(PcmFormat f) throws SinkException {
        delegate.open(f);
        format = f;
    }

    @Override
    public void write(byte[] s16le, int offset, int length) throws SinkException {
        if (armed) {
            armed = false;
            firstSampleNanos = System.nanoTime();
        }
        delegate.write(s16le, offset, length);
        PcmFormat f = format;
        if (f != null) {
            framesWritten += length / f.bytesPerFrame();
        }
    }

    @Override
    public void pause() {
        delegate.pause();
    }

    @Override
    public void resume() {
        delegate.resume();
    }

    @Override
    public void drain() throws SinkException {
        delegate.drain();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
