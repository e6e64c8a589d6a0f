package io.tonearm.agent.playback;

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
import io.tonearm.agent.stream.seek.TrackOpener;
import io.tonearm.agent.time.TimeSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The player thread's work: fetch ▸ decode ▸ gain ▸ 16-bit ▸ sink, one track after another.
 *
 * <p>Gapless: once the current track is within the profile's gapless lead of its end, the
 * {@link Prefetcher} prepares the next one, and its first sample follows the current track's last
 * in the same sink stream — no flush, no drain. A next track of another sample rate or channel
 * count reopens the sink in the new format (the sink's own business how: JavaSound drains and
 * reopens its line); the samples still follow each other without loss, but a device may play a
 * short silence while its line reopens.
 */
final class TrackPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(TrackPipeline.class);

    private final StreamResolver resolver;
    private final TrackOpener opener;
    private final AudioSink sink;
    private final PlayerParts parts;
    private final PlayerListener listener;
    private final Player player;
    private final Prefetcher prefetcher;
    private final Loudness loudness = new Loudness();
    private final SinkFeed feed;
    private float[] floats = new float[0];
    private PcmFormat sinkFormat;
    private boolean sinkPaused;
    private final PlayHead head;
    private final LadderPolicy ladder = LadderPolicy.defaults();
    private final TimeSource time;
    private volatile AdaptiveAudio playing;
    private long lastThroughputBps;
    /** Times the sink ran dry while the current track played (a real sink would have gone silent). */
    private volatile int underruns;
    /** What the sink held after the previous write; 0 when nothing, or when the sink cannot tell. */
    private long lastLatencyNanos;
    /** The current track has sounded (its first frames reached the sink). */
    private boolean trackStarted;

    TrackPipeline(StreamResolver resolver, AudioFetcher fetcher, PlayerParts parts, PlayerListener listener, Player player) {
        this.time = parts.time();
        this.resolver = resolver;
        this.opener = new TrackOpener(fetcher, parts.decoder());
        this.sink = parts.sink();
        this.parts = parts;
        this.listener = listener;
        this.player = player;
        this.head = new PlayHead(parts.time());
        this.feed = new SinkFeed(sink, loudness, parts.chunkFrames());
        this.prefetcher = new Prefetcher(resolver, fetcher, parts.decoder(), parts.chunkFrames());
    }

    Optional<Long> positionMs() {
        return head.positionMs();
    }

    BufferHealth bufferHealth() {
        AdaptiveAudio a = playing;
        if (a == null) {
            return new BufferHealth(0, underruns, 0);
        }
        AudioSource s = a.source();
        return new BufferHealth(s.bufferedMillis(), underruns, s.throughputBitsPerSecond());
    }

    void playQueue(PlayRequest request, long gen) {
        boolean first = true;
        for (int i = request.index(); i >= 0; i = player.repeat().next(i, request.queue().size()), first = false) {
            long start = first ? request.positionMs() : 0;
            if (!playTrack(request, i, start, first && request.hold(), gen)) {
                prefetcher.discard();
                return;
            }
        }
        prefetcher.discard();
        if (player.isCurrent(gen)) {
            head.clear();
            drainQuietly();
            listener.onQueueEnded(gen);
        }
    }

    void closeSink() {
        prefetcher.close();
        sink.close();
        sinkFormat = null;
    }

    /** Plays one track; false when it was superseded or failed, so the queue stops. */
    private boolean playTrack(PlayRequest request, int index, long startMs, boolean hold, long gen) {
        TrackRef track = request.queue().get(index);
        OpenedTrack opened = null;
        InputStream prefetched = null;
        try {
            // A gapless successor was prepared while the previous track played: it starts from its first sample.
            Optional<Prefetcher.Prepared> prepared = startMs == 0
                    ? prefetcher.take(track, gen, () -> player.isCurrent(gen)) : Optional.empty();
            if (!player.isCurrent(gen)) {
                prepared.ifPresent(p -> {
                    p.audio().close();
                    closeQuietly(p.input());
                });
                return false;
            }
            if (prepared.isPresent()) {
                prefetched = prepared.get().input();
                player.setInput(prefetched);
                listener.onLoading(gen, track, index, prepared.get().ticket());
                try (DecodedAudio audio = prepared.get().audio()) {
                    return stream(audio, request, prepared.get().ticket(), index, startMs, 0, hold, gen);
                }
            }
            StreamTicket ticket = resolver.resolve(track, ladder.start(request.quality(), lastThroughputBps));
            if (!player.isCurrent(gen)) {
                return false;
            }
            listener.onLoading(gen, track, index, ticket);
            opened = opener.open(ticket, startMs, () -> resolver.resolve(track, request.quality()).url());
            AdaptiveAudio audio = new AdaptiveAudio(opened, ticket.quality(), request.quality(), opener, resolver, track,
                    ladder, time);
            playing = audio;
            player.setInput(audio::close);
            try (audio) {
                return stream(audio, request, ticket, index, startMs, audio.firstFrame(), hold, gen);
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
            closeQuietly(prefetched);
            if (opened != null) {
                AdaptiveAudio a = playing;
                playing = null;
                AudioSource last = a == null ? opened.source() : a.source();
                long measured = last.throughputBitsPerSecond();
                if (measured > 0) {
                    lastThroughputBps = lastThroughputBps == 0 ? measured : (lastThroughputBps + measured) / 2;
                }
                opened.close();
            }
        }
    }

    private boolean stream(DecodedAudio audio, PlayRequest request, StreamTicket ticket, int index, long startMs,
                           long firstFrame, boolean hold, long gen)
            throws DecodeException, SinkException, InterruptedException {
        TrackRef track = request.queue().get(index);
        loudness.setTrackGainDb(player.normalising() ? ticket.gainDb() : 0);
        int nextIndex = player.repeat().next(index, request.queue().size());
        boolean hasNext = nextIndex >= 0;
        // With no duration the lead cannot be measured: prepare the next track at once.
        long prefetchAtMs = ticket.durationMs() > 0 ? ticket.durationMs() - parts.gaplessLeadMs() : 0;
        PcmFormat format = audio.format();
        openSink(format);
        if (sinkPaused) {
            // The track this one replaces was paused: drop its leftovers and let the sink play again.
            sink.flush();
            resumeSink();
        }
        long played = Math.max(format.millisToFrames(startMs), firstFrame);
        long skip = played - firstFrame;
        long floor = played;
        boolean holding = hold;
        trackStarted = false;
        underruns = 0;
        feed.reset();
        lastLatencyNanos = 0;
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
            if (hasNext && format.framesToMillis(played) >= prefetchAtMs) {
                hasNext = false;
                prefetcher.start(request.queue().get(nextIndex), request.quality(), gen);
            }
            if (n == DecodedAudio.FORMAT_CHANGED) {
                long first = played - feed.keptFrames();
                if (feed.flush(format)) {
                    sounded(gen, track, index, format, first, played, floor);
                }
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
            if (holding) {
                // played is the frame index of floats[offset]: the first sample this track would sound.
                head.holdAt(played, format.sampleRate());
                listener.onPrepared(gen, track, index, format.framesToMillis(played));
                long from = player.awaitStart(gen);
                if (from < 0) {
                    return false;
                }
                holding = false;
                long extra = format.millisToFrames(from) - played;
                if (extra > 0) {
                    int dropped = (int) Math.min(extra, n - offset);
                    offset += dropped;
                    played += extra;
                    floor = played;
                    skip = extra - dropped;
                    if (offset == n) {
                        continue;
                    }
                }
            }
            if (player.pauseScheduled()) {
                long chunkNanos = (n - offset) * 1_000_000_000L / format.sampleRate();
                long excess = sink.latencyNanos() - chunkNanos;
                if (excess > 0) {
                    player.awaitRoom(gen, excess);
                    if (!player.awaitUnpaused(gen, this::pauseSink, this::resumeSink)) {
                        return false;
                    }
                }
            }
            boolean starving = sink.latencyNanos() == 0;
            if (trackStarted && lastLatencyNanos > 0 && starving) {
                // The sink played out everything it held before this chunk came: an audible gap.
                underruns++;
                lastLatencyNanos = 0;
                LOG.warn("{}: the sink ran dry before {} ms (underrun {} of this track)", track,
                        format.framesToMillis(played), underruns);
                listener.onUnderrun(gen, track, index, format.framesToMillis(played));
            }
            long first = played - feed.keptFrames();
            played += n - offset;
            if (feed.feed(floats, offset, n - offset, format, player.gain(), starving)) {
                sounded(gen, track, index, format, first, played, floor);
            }
        }
        long first = played - feed.keptFrames();
        if (feed.flush(format)) {
            // The track ended before a whole chunk gathered to start the sink on: what there is sounds.
            sounded(gen, track, index, format, first, played, floor);
        }
        if (audio.damageSkipped() > 0) {
            LOG.warn("{}: skipped {} damaged part(s) of the stream and played the rest", track, audio.damageSkipped());
            listener.onDamageSkipped(gen, track, index, audio.damageSkipped());
        }
        if (!trackStarted) {
            return fail(gen, track, index, "empty_track", "the track holds no audio at or after " + startMs + " ms");
        }
        if (hasNext) {
            int following = player.repeat().next(index, request.queue().size());
            if (following >= 0) {
                prefetcher.start(request.queue().get(following), request.quality(), gen);
            }
        }
        listener.onTrackCompleted(gen, track, index);
        return true;
    }

    /**
     * Frames up to {@code played} are in the sink, the oldest not yet sounded being {@code first}: the
     * play head moves, and the track is announced on its first sound.
     */
    private void sounded(long gen, TrackRef track, int index, PcmFormat format, long first, long played, long floor) {
        lastLatencyNanos = sink.latencyNanos();
        head.wrote(played, lastLatencyNanos, format.sampleRate(), floor);
        if (!trackStarted) {
            trackStarted = true;
            listener.onTrackStarted(gen, track, index, format.framesToMillis(first));
        }
    }

    private void pauseSink() {
        sink.pause();
        lastLatencyNanos = 0;
        head.freeze();
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
        }
    }

    private boolean fail(long gen, TrackRef track, int index, String code, String message) {
        head.clear();
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

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // already abandoned
            }
        }
    }
}
