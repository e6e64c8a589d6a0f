package io.tonearm.agent.testkit;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.sink.SinkException;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A sink that takes one write per permit the test releases, so a test decides how far playback gets. */
public final class GatedSink implements AudioSink {
    private final Semaphore permits = new Semaphore(0);
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private volatile int writes;
    private volatile boolean paused;
    private volatile int flushes;

    public void release(int count) {
        permits.release(count);
    }

    @Override
    public void open(PcmFormat format) {
    }

    @Override
    public void write(byte[] s16le, int offset, int length) throws SinkException {
        try {
            if (!permits.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new SinkException("test never released the gate");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkException("interrupted", e);
        }
        synchronized (captured) {
            captured.write(s16le, offset, length);
        }
        writes++;
    }

    @Override
    public void pause() {
        paused = true;
    }

    @Override
    public void resume() {
        paused = false;
    }

    @Override
    public void flush() {
        flushes++;
    }

    @Override
    public void close() {
    }

    public int flushes() {
        return flushes;
    }

    public int writes() {
        return writes;
    }

    public boolean paused() {
        return paused;
    }

    public byte[] bytes() {
        synchronized (captured) {
            return captured.toByteArray();
        }
    }
}
