package io.tonearm.agent.stream.seek;

import io.tonearm.agent.decode.AudioDecoder;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodedAudio;
import io.tonearm.agent.stream.AudioFetcher;
import io.tonearm.agent.stream.AudioSource;
import io.tonearm.agent.stream.RangeReader;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.UrlRefresher;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a track for decoding at a position. From the start, it streams and decodes. Further in, it
 * reads the stream's headers, finds the page to resume at ({@link OggSeeker}: the ticket's seek
 * index, else bisection), streams from there and lets the decoder cut to the exact frame. If the
 * resume lands past the target (a page whose packets span far back) it backs off with a longer
 * preroll, and finally from the first audio page; if the fetcher or decoder cannot seek, it decodes
 * from the start and the caller drops frames. Blocking; used by the player thread.
 */
public final class TrackOpener {
    private static final Logger LOG = LoggerFactory.getLogger(TrackOpener.class);

    private final AudioFetcher fetcher;
    private final AudioDecoder decoder;

    public TrackOpener(AudioFetcher fetcher, AudioDecoder decoder) {
        this.fetcher = fetcher;
        this.decoder = decoder;
    }

    public OpenedTrack open(StreamTicket ticket, long startMs, UrlRefresher refresher) throws StreamException, DecodeException {
        return open(ticket, startMs, -1, 1, refresher);
    }

    /**
     * Opens {@code ticket} at the instant of frame {@code frame} at {@code rate} Hz — in its own
     * rate, the frame at or just before that instant (a quality switch; the tiers differ in rate).
     * The result's {@link OpenedTrack#firstFrame()} says where it really starts (0 if it could not seek).
     */
    public OpenedTrack openAtInstant(StreamTicket ticket, long frame, int rate, UrlRefresher refresher)
            throws StreamException, DecodeException {
        return open(ticket, -1, frame, rate, refresher);
    }

    private OpenedTrack open(StreamTicket ticket, long startMs, long frame, int rate, UrlRefresher refresher)
            throws StreamException, DecodeException {
        Optional<RangeReader> reader = startMs > 0 || frame > 0 ? fetcher.rangeReader(ticket, refresher) : Optional.empty();
        if (reader.isEmpty()) {
            return fromStart(ticket, refresher);
        }
        StreamHead head;
        try {
            head = StreamHead.read(reader.get());
        } catch (StreamException e) {
            if (e.reason() != StreamException.Reason.PROTOCOL) {
                throw e;
            }
            LOG.info("cannot seek in {} ({}); decoding from the start", ticket.track(), e.getMessage());
            return fromStart(ticket, refresher);
        }
        long target = frame >= 0 ? Math.floorDiv(frame * head.sampleRate(), rate) : head.granuleAt(startMs);
        return at(ticket, head, reader.get(), target, refresher);
    }

    /** Opens {@code ticket} so that its first frame out is {@code target}, with {@code head} already read. */
    public OpenedTrack at(StreamTicket ticket, StreamHead head, RangeReader reader, long target, UrlRefresher refresher)
            throws StreamException, DecodeException {
        OggSeeker seeker = new OggSeeker(reader, head);
        long preroll = OggSeeker.PREROLL;
        for (int attempt = 0; ; attempt++) {
            SeekPoint point = attempt < 2 ? seeker.locate(target, preroll, ticket.seekIndex())
                    : new SeekPoint(head.audioStart(), 0, 0);
            AudioSource source = fetcher.openSource(ticket, point.offset(), refresher);
            try {
                DecodedAudio audio = decoder.resume(head.headers(), source.input(), target);
                return new OpenedTrack(source, audio, target);
            } catch (DecodeException e) {
                source.close();
                if (e.problem() == DecodeException.Problem.UNSUPPORTED_CODEC) {
                    return fromStart(ticket, refresher);
                }
                if (e.problem() != DecodeException.Problem.SEEK_MISSED || attempt == 2) {
                    throw e;
                }
                LOG.debug("resume at byte {} passed frame {}; backing off", point.offset(), target);
                preroll *= 16;
            }
        }
    }

    private OpenedTrack fromStart(StreamTicket ticket, UrlRefresher refresher) throws StreamException, DecodeException {
        AudioSource source = fetcher.openSource(ticket, 0, refresher);
        try {
            return new OpenedTrack(source, decoder.open(source.input()), 0);
        } catch (DecodeException | RuntimeException e) {
            source.close();
            throw e;
        }
    }
}
