package io.tonearm.agent.playback;

import io.tonearm.agent.decode.AudioDecoder;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodedAudio;
import io.tonearm.agent.stream.AudioFetcher;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Gapless playback's helper: prepares the next track of the queue — resolve, fetch, read its
 * headers, decode its first chunk — on its own thread ("tonearm-prefetch") while the current track
 * still plays, so the player can write the next track's first sample right after the current one's
 * last. Used by the player thread only; one preparation at a time.
 */
final class Prefetcher implements AutoCloseable {
    /** A prepared track, handed from the prefetch thread to the player thread. */
    record Prepared(StreamTicket ticket, InputStream input, DecodedAudio audio) {
    }

    /** How often a wait for a preparation checks that the player still wants it. */
    private static final long POLL_MS = 20;

    private final StreamResolver resolver;
    private final AudioFetcher fetcher;
    private final AudioDecoder decoder;
    private final int primeFrames;
    private final ExecutorService executor;
    private Future<Prepared> job;
    private TrackRef jobTrack;
    private long jobGeneration;
    private volatile InputStream jobInput;

    Prefetcher(StreamResolver resolver, AudioFetcher fetcher, AudioDecoder decoder, int primeFrames) {
        this.resolver = resolver;
        this.fetcher = fetcher;
        this.decoder = decoder;
        this.primeFrames = primeFrames;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tonearm-prefetch");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts preparing {@code track}, dropping any other preparation. */
    void start(TrackRef track, Quality quality, long generation) {
        discard();
        jobTrack = track;
        jobGeneration = generation;
        job = executor.submit(() -> prepare(track, quality));
    }

    /**
     * The preparation of {@code track} for {@code generation}, waiting for it to finish; empty when
     * none was started (the caller then loads the track itself) or the wait was abandoned because
     * {@code stillCurrent} turned false. A failed preparation rethrows its exception.
     */
    Optional<Prepared> take(TrackRef track, long generation, BooleanSupplier stillCurrent)
            throws StreamException, DecodeException, InterruptedException {
        if (job == null || !track.equals(jobTrack) || generation != jobGeneration) {
            discard();
            return Optional.empty();
        }
        Future<Prepared> f = job;
        try {
            while (true) {
                try {
                    Prepared p = f.get(POLL_MS, TimeUnit.MILLISECONDS);
                    job = null;
                    jobTrack = null;
                    return Optional.of(p);
                } catch (TimeoutException e) {
                    if (!stillCurrent.getAsBoolean()) {
                        discard();
                        return Optional.empty();
                    }
                }
            }
        } catch (CancellationException e) {
            job = null;
            return Optional.empty();
        } catch (ExecutionException e) {
            job = null;
            jobTrack = null;
            Throwable cause = e.getCause();
            if (cause instanceof StreamException) {
                throw (StreamException) cause;
            }
            if (cause instanceof DecodeException) {
                throw (DecodeException) cause;
            }
            throw new DecodeException(DecodeException.Problem.IO, "preparing " + track + " failed: " + cause, cause);
        }
    }

    /** Abandons the current preparation, closing what it opened. */
    void discard() {
        Future<Prepared> f = job;
        job = null;
        jobTrack = null;
        if (f == null) {
            return;
        }
        closeQuietly(jobInput);
        executor.execute(() -> {
            // Runs after the abandoned job: release whatever it managed to open.
            try {
                Prepared p = f.get();
                p.audio().close();
                closeQuietly(p.input());
            } catch (ExecutionException | CancellationException | InterruptedException ignored) {
                // nothing was opened
            }
        });
    }

    private Prepared prepare(TrackRef track, Quality quality) throws StreamException, DecodeException {
        StreamTicket ticket = resolver.resolve(track, quality);
        InputStream in = fetcher.open(ticket.url());
        jobInput = in;
        try {
            DecodedAudio audio = decoder.open(in);
            try {
                return new Prepared(ticket, in, PrimedAudio.prime(audio, primeFrames));
            } catch (DecodeException | RuntimeException e) {
                audio.close();
                throw e;
            }
        } catch (DecodeException | RuntimeException e) {
            closeQuietly(in);
            throw e;
        } finally {
            jobInput = null;
        }
    }

    @Override
    public void close() {
        discard();
        executor.shutdown();
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException | RuntimeException ignored) {
                // abandoned
            }
        }
    }
}
