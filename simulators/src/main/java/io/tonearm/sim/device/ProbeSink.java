package io.tonearm.sim.device;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.sink.SinkException;
import java.util.Optional;

/**
 * Passes audio to another sink and keeps a model of when its samples are heard: each write sounds
 * from the end of what was written before or, when that has all sounded, from now plus the sink's
 * start threshold (0 unless given), and a pause or flush cuts what has
 * not sounded yet. A simulator reads when the first sample after {@link #arm()} sounded (time to
 * first audio, a handoff target) and when the last one did (a handoff source). Written by the
 * player thread; armed and read from any thread.
 */
public final class ProbeSink implements AudioSink {
    private final AudioSink delegate;
    private volatile boolean armed;
    private volatile long firstSampleNanos = -1;
    private volatile long framesWritten;
    private volatile long audibleEndNanos;
    private volatile PcmFormat format;

    private final long startNanos;

    public ProbeSink(AudioSink delegate) {
        this(delegate, 0);
    }

    /** A probe of a sink with a start threshold: starting (nothing left to sound), it sounds {@code startNanos} later. */
    public ProbeSink(AudioSink delegate, long startNanos) {
        this.delegate = delegate;
        this.startNanos = startNanos;
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

    /** When the last sample written so far stops sounding (System.nanoTime), cut short by a pause. */
    public long audibleEndNanos() {
        return audibleEndNanos;
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
        long now = System.nanoTime();
        long soundsFrom = audibleEndNanos > now ? audibleEndNanos : now + startNanos;
        if (armed) {
            armed = false;
            firstSampleNanos = soundsFrom;
        }
        PcmFormat f = format;
        if (f != null) {
            long frames = length / f.bytesPerFrame();
            framesWritten += frames;
            audibleEndNanos = soundsFrom + frames * 1_000_000_000L / f.sampleRate();
        }
        delegate.write(s16le, offset, length);
    }

    @Override
    public void pause() {
        cut();
        delegate.pause();
    }

    @Override
    public void flush() {
        cut();
        delegate.flush();
    }

    @Override
    public long latencyNanos() {
        return delegate.latencyNanos();
    }

    private void cut() {
        audibleEndNanos = Math.min(audibleEndNanos, System.nanoTime());
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
