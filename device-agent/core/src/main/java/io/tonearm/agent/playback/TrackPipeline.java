package io.tonearm.agent.playback;

import io.tonearm.agent.audio.Pcm16;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodedAudio;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.sink.SinkException;
import io.tonearm.agent.stream.AudioFetcher;
import io.tonearm.agent.stream.AudioSource;
import io.tonearm.agent.stream.BufferHealth;
import io.tonearm.agent.stream.StreamFailedException;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.stream.abr.AdaptiveAudio;
import io.tonearm.agent.stream.abr.LadderPolicy;
import io.tonearm.agent.stream.seek.OpenedTrack;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.stream.seek.TrackOpener;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The player thread's work: fetch ▸ decode ▸ gain ▸ 16-bit ▸ sink, one track after another. */
final class TrackPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(TrackPipeline.class);

    private final StreamResolver resolver;
    private final TrackOpener opener;
    private final AudioSink sink;
    private final PlayerParts parts;
    private final PlayerListener listener;
    private final Player player;
    private float[] floats = new float[0];
    private byte[] bytes = new byte[0];
    private PcmFormat sinkFormat;
    private boolean sinkPaused;
    private volatile long positionMs = -1;
    private final LadderPolicy ladder = LadderPolicy.defaults();
    private final TimeSource time;
    private volatile AdaptiveAudio playing;
    private long lastThroughputBps;
    private volatile int pastUnderruns;

    TrackPipeline(StreamResolver resolver, AudioFetcher fetcher, PlayerParts parts, PlayerListener listener, Player player,
                  TimeSource time) {
        this.time = time;
        this.resolver = resolver;
        this.opener = new TrackOpener(fetcher, parts.decoder());
        this.sink = parts.sink();
        this.parts = parts;
        this.listener = listener;
        this.player = player;
    }

    Optional<Long> positionMs() {
        long p = positionMs;
        return p < 0 ? Optional.empty() : Optional.of(p);
    }

    BufferHealth bufferHealth() {
        AdaptiveAudio a = playing;
        if (a == null) {
            return new BufferHealth(0, pastUnderruns, 0);
        }
        AudioSource s = a.source();
        return new BufferHealth(s.bufferedMillis(), pastUnderruns + s.starvations(), s.throughputBitsPerSecond());
    }

    void playQueue(PlayRequest request, long gen) {
        for (int i = request.index(); i < request.queue().size(); i++) {
            long start = i == request.index() ? request.positionMs() : 0;
            if (!playTrack(request, i, start, gen)) {
                return;
            }
        }
        if (player.isCurrent(gen)) {
            positionMs = -1;
            drainQuietly();
            listener.onQueueEnded(gen);
        }
    }

    void closeSink() {
        sink.close();
        sinkFormat = null;
    }

    /** Plays one track; false when it was superseded or failed, so the queue stops. */
    private boolean playTrack(PlayRequest request, int index, long startMs, long gen) {
        TrackRef track = request.queue().get(index);
        StreamTicket ticket;
        try {
            ticket = resolver.resolve(track, ladder.start(request.quality(), lastThroughputBps));
        } catch (StreamException e) {
            return fail(gen, track, index, e.reason().code(), e.getMessage());
        }
        if (!player.isCurrent(gen)) {
            return false;
        }
        listener.onLoading(gen, track, index, ticket);
        OpenedTrack opened = null;
        try {
            opened = opener.open(ticket, startMs, () -> resolver.resolve(track, request.quality()).url());
            AdaptiveAudio audio = new AdaptiveAudio(opened, ticket.quality(), request.quality(), opener, resolver, track, ladder, time);
            playing = audio;
            player.setInput(audio::close);
            try (audio) {
                return stream(audio, track, index, startMs, audio.firstFrame(), gen);
            }
        } catch (StreamException e) {
            return fail(gen, track, index, e.reason().code(), e.getMessage());
        } catch (DecodeException e) {
            if (e.getCause() instanceof StreamFailedException f) {
                return player.isCurrent(gen) && fail(gen, track, index, f.failure().reason().code(), f.getMessage());
            }
            return player.isCurrent(gen) && fail(gen, track, index, "decode_" + e.problem().code(), e.getMessage());
        } catch (SinkException e) {
            return fail(gen, track, index, "sink_error", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            player.setInput(null);
            if (opened != null) {
                AdaptiveAudio a = playing;
                playing = null;
                AudioSource last = a == null ? opened.source() : a.source();
                pastUnderruns += last.starvations();
                long measured = last.throughputBitsPerSecond();
                if (measured > 0) {
                    lastThroughputBps = lastThroughputBps == 0 ? measured : (lastThroughputBps + measured) / 2;
                }
                opened.close();
            }
        }
    }

    private boolean stream(DecodedAudio audio, TrackRef track, int index, long startMs, long firstFrame, long gen)
            throws DecodeException, SinkException, InterruptedException {
        PcmFormat format = audio.format();
        openSink(format);
        if (sinkPaused) {
            // The track this one replaces was paused: drop its leftovers and let the sink play again.
            sink.flush();
            resumeSink();
        }
        long played = Math.max(format.millisToFrames(startMs), firstFrame);
        long skip = played - firstFrame;
        boolean started = false;
        while (true) {
            if (!player.awaitUnpaused(gen, this::pauseSink, this::resumeSink)) {
                return false;
            }
            ensureCapacity(format);
            int n = audio.read(floats, parts.chunkFrames());
            if (!player.isCurrent(gen)) {
                return false;
            }
            if (n == DecodedAudio.END) {
                break;
            }
            if (n == DecodedAudio.FORMAT_CHANGED) {
                format = audio.format();
                openSink(format);
                continue;
            }
            int offset = 0;
            if (skip > 0) {
                int dropped = (int) Math.min(skip, n);
                skip -= dropped;
                offset = dropped;
                if (offset == n) {
                    continue;
                }
            }
            writeChunk(format, offset, n - offset);
            played += n - offset;
            positionMs = format.framesToMillis(played);
            if (!started) {
                started = true;
                listener.onTrackStarted(gen, track, index, format.framesToMillis(played - (n - offset)));
            }
        }
        if (!started) {
            return fail(gen, track, index, "empty_track", "the track holds no audio at or after " + startMs + " ms");
        }
        listener.onTrackCompleted(gen, track, index);
        return true;
    }

    private void writeChunk(PcmFormat format, int offsetFrames, int frames) throws SinkException {
        int channels = format.channels();
        int from = offsetFrames * channels;
        int samples = frames * channels;
        float g = player.gain();
        if (g != 1f) {
            for (int i = from; i < from + samples; i++) {
                floats[i] *= g;
            }
        }
        if (from != 0) {
            System.arraycopy(floats, from, floats, 0, samples);
        }
        Pcm16.toLittleEndian(floats, samples, bytes, 0);
        sink.write(bytes, 0, samples * 2);
    }

    private void pauseSink() {
        sink.pause();
        sinkPaused = true;
    }

    private void resumeSink() {
        sink.resume();
        sinkPaused = false;
    }

    private void openSink(PcmFormat format) throws SinkException {
        if (!format.equals(sinkFormat)) {
            sink.open(format);
            sinkFormat = format;
        }
    }

    private void ensureCapacity(PcmFormat format) {
        int samples = parts.chunkFrames() * format.channels();
        if (floats.length < samples) {
            floats = new float[samples];
            bytes = new byte[samples * 2];
        }
    }

    private boolean fail(long gen, TrackRef track, int index, String code, String message) {
        positionMs = -1;
        if (player.isCurrent(gen)) {
            LOG.warn("cannot play {}: {}", track, message);
            listener.onError(gen, track, index, code, message);
        }
        return false;
    }

    private void drainQuietly() {
        try {
            sink.drain();
        } catch (SinkException e) {
            LOG.warn("sink failed while draining: {}", e.getMessage());
        }
    }
}
