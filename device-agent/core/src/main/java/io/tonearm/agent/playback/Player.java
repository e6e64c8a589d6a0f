package io.tonearm.agent.playback;

import io.tonearm.agent.stream.AudioFetcher;
import io.tonearm.agent.stream.BufferHealth;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.time.TimeSource;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a queue of tracks on its own thread ("tonearm-player"): resolve a stream URL, fetch,
 * decode, apply volume, write to the sink. Control methods may be called from any thread and
 * return at once; the player reports through its {@link PlayerListener}.
 *
 * <p>Each {@link #play} starts a new generation; the playback loop checks it every chunk and
 * abandons a superseded track, closing its input to unblock a stalled read.
 */
public final class Player implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Player.class);

    private final TrackPipeline pipeline;
    private final Thread thread;
    private final Object lock = new Object();
    private PlayRequest pending;
    private long generation;
    private boolean paused;
    private boolean closed;
    private volatile java.io.Closeable currentInput;
    private volatile float gain;

    public Player(StreamResolver resolver, AudioFetcher fetcher, PlayerParts parts, PlayerListener listener, int volumePercent) {
        this(resolver, fetcher, parts, listener, volumePercent, TimeSource.SYSTEM);
    }

    /** A player whose quality ladder keeps time by {@code time}. */
    public Player(StreamResolver resolver, AudioFetcher fetcher, PlayerParts parts, PlayerListener listener, int volumePercent,
                  TimeSource time) {
        this.gain = Volume.gain(volumePercent);
        this.pipeline = new TrackPipeline(resolver, fetcher, parts, listener, this, time);
        this.thread = new Thread(this::run, "tonearm-player");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Replaces whatever plays with {@code request}; returns its generation. */
    public long play(PlayRequest request) {
        synchronized (lock) {
            generation++;
            pending = request;
            paused = request.startPaused();
            abortInput();
            lock.notifyAll();
            return generation;
        }
    }

    public void pause() {
        synchronized (lock) {
            paused = true;
        }
    }

    public void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    /** Stops playback; the sink keeps its format. */
    public void stop() {
        synchronized (lock) {
            generation++;
            pending = null;
            paused = false;
            abortInput();
            lock.notifyAll();
        }
    }

    /** The read-ahead's figures for the state reports. Any thread. */
    public BufferHealth bufferHealth() {
        return pipeline.bufferHealth();
    }

    public void setVolume(int percent) {
        gain = Volume.gain(percent);
    }

    /** Position of the play head in the current track, if one is playing or paused. */
    public Optional<Long> positionMs() {
        return pipeline.positionMs();
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            generation++;
            abortInput();
            lock.notifyAll();
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    float gain() {
        return gain;
    }

    boolean isCurrent(long gen) {
        synchronized (lock) {
            return gen == generation && !closed;
        }
    }

    /** What to close to abort the current track's input (any thread); null when none. */
    void setInput(java.io.Closeable in) {
        currentInput = in;
    }

    /**
     * Blocks while paused. Returns false if {@code gen} was superseded meanwhile.
     * {@code onPause} runs once when a pause begins, {@code onResume} when it ends.
     */
    boolean awaitUnpaused(long gen, Runnable onPause, Runnable onResume) throws InterruptedException {
        synchronized (lock) {
            if (!paused || gen != generation) {
                return gen == generation && !closed;
            }
            onPause.run();
            while (paused && gen == generation && !closed) {
                lock.wait();
            }
            if (gen != generation || closed) {
                return false;
            }
        }
        onResume.run();
        return true;
    }

    private void run() {
        while (true) {
            PlayRequest request;
            long gen;
            synchronized (lock) {
                while (pending == null && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    pipeline.closeSink();
                    return;
                }
                request = pending;
                pending = null;
                gen = generation;
            }
            try {
                pipeline.playQueue(request, gen);
            } catch (RuntimeException e) {
                LOG.error("playback failed unexpectedly; the player carries on", e);
            }
        }
    }

    private void abortInput() {
        java.io.Closeable in = currentInput;
        if (in != null) {
            try {
                in.close();
            } catch (java.io.IOException | RuntimeException ignored) {
                // the stream is being abandoned
            }
        }
    }
}
