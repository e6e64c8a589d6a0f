package io.tonearm.agent.stream.abr;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodedAudio;
import io.tonearm.agent.stream.AudioSource;
import io.tonearm.agent.stream.Quality;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamResolver;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.stream.seek.OpenedTrack;
import io.tonearm.agent.stream.seek.TrackOpener;
import io.tonearm.agent.time.TimeSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A track that changes quality while it plays, without restarting: when {@link LadderPolicy} asks
 * for another quality, the new quality's stream is opened on a helper thread ("tonearm-abr-open")
 * at the frame the old one had reached, while the old one keeps playing; once it is ready, the new
 * stream is read forward to the frame after the last one delivered and takes over. Output keeps the
 * format the track began with: another format (the 22.05 kHz mono tier) is converted by
 * {@link PcmConverter}, so the sink is never reopened. If the new stream cannot be opened, the old
 * one plays on. Read by the player thread; {@link #close()} may come from any thread.
 */
public final class AdaptiveAudio implements DecodedAudio {
    private static final Logger LOG = LoggerFactory.getLogger(AdaptiveAudio.class);

    private final TrackOpener opener;
    private final StreamResolver resolver;
    private final TrackRef track;
    private final Quality ceiling;
    private final LadderPolicy policy;
    private final TimeSource time;
    /** The format this track delivers; changes only where the stream itself changes (a chained link). */
    private PcmFormat output;
    private volatile OpenedTrack current;
    private volatile boolean closed;
    private Quality quality;
    private PcmFormat format;
    private PcmConverter converter;
    private long position;
    private long switchedAt;
    private boolean held;
    private CompletableFuture<Switch> pending;
    private float[] in = new float[0];
    private float[] out = new float[0];
    private int outFrames;
    private int outRead;
    private final Quality initial;
    private final long firstOutputFrame;

    private record Switch(OpenedTrack track, Quality quality) {
    }

    /** A quality that took over at output frame {@code frame} (counted from the track's first frame delivered). */
    public record Switched(long frame, Quality quality) {
    }

    private final java.util.List<Switched> history = new java.util.ArrayList<>();
    private long delivered;

    public AdaptiveAudio(OpenedTrack first, Quality quality, Quality ceiling, TrackOpener opener, StreamResolver resolver,
                         TrackRef track, LadderPolicy policy, TimeSource time) {
        this.current = first;
        this.quality = quality;
        this.initial = quality;
        this.ceiling = ceiling;
        this.opener = opener;
        this.resolver = resolver;
        this.track = track;
        this.policy = policy;
        this.time = time;
        this.output = first.audio().format();
        this.format = output;
        this.position = first.firstFrame();
        this.firstOutputFrame = first.firstFrame();
    }

    @Override
    public PcmFormat format() {
        return output;
    }

    /** Damage skipped in the stream playing now (a quality switched away from takes its count along). */
    @Override
    public int damageSkipped() {
        return current.audio().damageSkipped();
    }

    /** The quality playing now. */
    public Quality quality() {
        return quality;
    }

    /** The qualities played so far and where each took over, the first at frame 0. */
    public java.util.List<Switched> history() {
        java.util.List<Switched> all = new java.util.ArrayList<>();
        all.add(new Switched(0, initial));
        all.addAll(history);
        return all;
    }

    /** The source feeding the quality playing now (for buffer figures). */
    public AudioSource source() {
        return current.source();
    }

    /** The first frame this track delivers, in the output format. */
    public long firstFrame() {
        return firstOutputFrame;
    }

    @Override
    public int read(float[] dst, int maxFrames) throws DecodeException {
        int n = next(dst, maxFrames);
        if (n > 0) {
            delivered += n;
        }
        return n;
    }

    private int next(float[] dst, int maxFrames) throws DecodeException {
        if (outRead < outFrames) {
            return serve(dst, maxFrames);
        }
        considerSwitch();
        if (converter == null) {
            int n = current.audio().read(dst, maxFrames);
            if (n > 0) {
                position += n;
            } else if (n == FORMAT_CHANGED) {
                // A chained stream's new link: the track itself changes format, and so does its output.
                output = current.audio().format();
                format = output;
            }
            return n;
        }
        int want = Math.max(1, (int) ((long) maxFrames * format.sampleRate() / output.sampleRate()));
        if (in.length < want * format.channels()) {
            in = new float[want * format.channels()];
        }
        int n = current.audio().read(in, want);
        if (n < 0) {
            if (n != FORMAT_CHANGED) {
                return n;
            }
            // A new link in the stream of a quality switched to: keep converting to the track's format.
            format = current.audio().format();
            converter = format.equals(output) ? null : new PcmConverter(format, output, 0);
            return next(dst, maxFrames);
        }
        position += n;
        int room = converter.maxOutput(n) * output.channels();
        if (out.length < room) {
            out = new float[room];
        }
        outFrames = converter.convert(in, n, out);
        outRead = 0;
        return outFrames == 0 ? next(dst, maxFrames) : serve(dst, maxFrames);
    }

    private int serve(float[] dst, int maxFrames) {
        int n = Math.min(maxFrames, outFrames - outRead);
        System.arraycopy(out, outRead * output.channels(), dst, 0, n * output.channels());
        outRead += n;
        return n;
    }

    private void considerSwitch() throws DecodeException {
        if (pending == null) {
            AudioSource s = current.source();
            long sinceSwitch = held ? time.nanoTime() - switchedAt : Long.MAX_VALUE;
            Quality want = policy.choose(quality, ceiling, s.throughputBitsPerSecond(), s.bufferedMillis(), sinceSwitch);
            if (want != quality && !closed) {
                long atMs = (firstOutputFrame + delivered) * 1000 / output.sampleRate();
                LOG.info("{}: switching from {} to {} kbit/s at {} ms", track, quality.kbps(), want.kbps(), atMs);
                pending = open(want, firstOutputFrame + delivered, output.sampleRate());
            }
            return;
        }
        if (!pending.isDone()) {
            return;
        }
        Switch next;
        try {
            next = pending.join();
        } catch (CompletionException e) {
            LOG.warn("{}: cannot switch quality ({}); staying at {} kbit/s", track, e.getCause().getMessage(), quality.kbps());
            pending = null;
            switchedAt = time.nanoTime();
            held = true;
            return;
        }
        pending = null;
        takeOver(next);
    }

    private CompletableFuture<Switch> open(Quality want, long frame, int rate) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                StreamTicket ticket = resolver.resolve(track, want);
                OpenedTrack opened = opener.openAtInstant(ticket, frame, rate, () -> resolver.resolve(track, want).url());
                if (closed) {
                    opened.close();
                }
                return new Switch(opened, ticket.quality());
            } catch (StreamException | DecodeException e) {
                throw new CompletionException(e);
            }
        }, r -> {
            Thread t = new Thread(r, "tonearm-abr-open");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * The new stream is open at (or just before) the instant the old one had reached when asked:
     * read it forward to the instant of the next output frame and swap. If its rate differs, that
     * instant may fall between two of its frames; the converter starts at that fraction.
     */
    private void takeOver(Switch next) throws DecodeException {
        PcmFormat nextFormat = next.track().audio().format();
        long instant = (firstOutputFrame + delivered) * nextFormat.sampleRate();
        long level = Math.floorDiv(instant, output.sampleRate());
        double fraction = (double) (instant - level * output.sampleRate()) / output.sampleRate();
        long behind = level - next.track().firstFrame();
        float[] scratch = new float[1024 * nextFormat.channels()];
        while (behind > 0) {
            int n = next.track().audio().read(scratch, (int) Math.min(1024, behind));
            if (n < 0) {
                break;
            }
            behind -= n;
        }
        OpenedTrack old = current;
        current = next.track();
        old.close();
        if (closed) {
            current.close();
        }
        quality = next.quality();
        format = nextFormat;
        position = level;
        converter = format.equals(output) ? null : new PcmConverter(format, output, fraction);
        switchedAt = time.nanoTime();
        held = true;
        history.add(new Switched(delivered, quality));
    }

    @Override
    public void close() {
        closed = true;
        current.close();
        CompletableFuture<Switch> p = pending;
        if (p != null) {
            p.thenAccept(s -> s.track().close());
        }
    }
}
