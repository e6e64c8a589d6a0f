package io.tonearm.agent.playback;

import io.tonearm.agent.sink.HardwareVolume;
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
    /** The generation that holds at its first sample until started, or -1. */
    private long holdingGeneration = -1;
    /** Where a held generation was told to start from, or -1 until {@link #start} is called. */
    private long startFromMs = -1;
    /** A pause is scheduled: keep the sink's buffer short so it takes effect on time. */
    private volatile boolean pauseScheduled;
    private volatile RepeatMode repeat = RepeatMode.OFF;
    private volatile boolean normalise = true;
    private final Optional<HardwareVolume> hardwareVolume;

    public Player(StreamResolver resolver, AudioFetcher fetcher, PlayerParts parts, PlayerListener listener, int volumePercent) {
        this(resolver, fetcher, parts, listener, volumePercent, Optional.empty());
    }

    /** A player whose clock (play head, quality ladder) is {@code time} rather than the parts' own. */
    public Player(StreamResolver resolver, AudioFetcher fetcher, PlayerParts parts, PlayerListener listener, int volumePercent,
                  TimeSource time) {
        this(resolver, fetcher, new PlayerParts(parts.decoder(), parts.sink(), parts.chunkFrames(), parts.gaplessLeadMs(), time),
                listener, volumePercent, Optional.empty());
    }

    /**
     * With a {@code hardwareVolume}, volume changes go to the device's mixer and samples reach the
     * sink at unity gain (loudness normalisation still applies); without one, volume is software.
     */
    public Player(StreamResolver resolver, AudioFetcher fetcher, PlayerParts parts, PlayerListener listener, int volumePercent,
                  Optional<HardwareVolume> hardwareVolume) {
        this.hardwareVolume = hardwareVolume;
        this.gain = 1f;
        setVolume(volumePercent);
        this.pipeline = new TrackPipeline(resolver, fetcher, parts, listener, this);
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
            holdingGeneration = request.hold() ? generation : -1;
            pauseScheduled = false;
            startFromMs = -1;
            abortInput();
            lock.notifyAll();
            return generation;
        }
    }

    /**
     * Sounds the held request from {@code positionMs} (frames between the prepared position and
     * this one are decoded and dropped; an earlier position starts at the prepared one). Returns
     * false when nothing is held. May be called before the request is ready.
     */
    public boolean start(long positionMs) {
        synchronized (lock) {
            if (holdingGeneration != generation || closed || startFromMs >= 0) {
                return false;
            }
            startFromMs = Math.max(0, positionMs);
            paused = false;
            lock.notifyAll();
            return true;
        }
    }

    /** Whether the current request is held at its first sample and not yet started. */
    public boolean isHolding() {
        synchronized (lock) {
            return holdingGeneration == generation && !closed && startFromMs < 0;
        }
    }

    public void pause() {
        synchronized (lock) {
            paused = true;
            pauseScheduled = false;
            lock.notifyAll();
        }
    }

    /**
     * A pause will come at a set instant (the source's half of a handoff): until it does, the
     * player keeps no more than a chunk in the sink and waits for room where a pause can wake it,
     * so the sound stops within a chunk's duration of the instant rather than a buffer's.
     */
    public void expectScheduledPause() {
        pauseScheduled = true;
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

    /** Whether each track's loudness gain applies (from the next track on); off, samples reach the sink as decoded. */
    public void setLoudnessNormalisation(boolean on) {
        normalise = on;
    }

    boolean normalising() {
        return normalise;
    }

    /** What follows the current track from now on; takes effect at the next track boundary. */
    public void setRepeat(RepeatMode mode) {
        repeat = java.util.Objects.requireNonNull(mode);
    }

    public RepeatMode repeat() {
        return repeat;
    }

    /** The read-ahead's figures for the state reports. Any thread. */
    public BufferHealth bufferHealth() {
        return pipeline.bufferHealth();
    }

    public void setVolume(int percent) {
        if (hardwareVolume.isPresent()) {
            Volume.gain(percent); // validates
            hardwareVolume.get().setPercent(percent);
        } else {
            gain = Volume.gain(percent);
        }
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

    boolean pauseScheduled() {
        return pauseScheduled;
    }

    /** Waits up to {@code nanos}, returning early when paused or superseded. */
    void awaitRoom(long gen, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        synchronized (lock) {
            long left;
            while (!paused && gen == generation && !closed && (left = deadline - System.nanoTime()) > 0) {
                lock.wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        }
    }

    /** Blocks until {@code gen} is started; its start position, or -1 if it was superseded meanwhile. */
    long awaitStart(long gen) throws InterruptedException {
        synchronized (lock) {
            while (startFromMs < 0 && gen == generation && !closed) {
                lock.wait();
            }
            return gen == generation && !closed ? startFromMs : -1;
        }
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
