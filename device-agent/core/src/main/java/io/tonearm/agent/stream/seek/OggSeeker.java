package io.tonearm.agent.stream.seek;

import io.tonearm.agent.stream.RangeReader;
import io.tonearm.agent.stream.SeekIndex;
import io.tonearm.agent.stream.StreamException;
import java.util.Optional;

/**
 * Finds the page to resume decoding at so that a target sample comes out: the last page start whose
 * preceding granule position is at most {@code target - preroll}. Decoding from such a page yields
 * its first sample at most two half-blocks (≤ 8192 samples, spec §1.3.2) after that granule, so a
 * preroll of {@link #PREROLL} guarantees the target is not passed; the decoder then drops samples up
 * to it.
 *
 * <p>With the control plane's seek index this costs no request. Without one it bisects over the
 * byte range with range reads of {@link #WINDOW} bytes (small, so a probe costs little on a slow
 * link; a page too long for the window gets one larger read), reading the first page whose
 * checksum holds after each probe (RFC 3533 §6), then walks pages forward over the last window.
 */
public final class OggSeeker {
    public static final long PREROLL = 8192;
    static final int WINDOW = 16 * 1024;

    private final RangeReader reader;
    private final StreamHead head;

    public OggSeeker(RangeReader reader, StreamHead head) {
        this.reader = reader;
        this.head = head;
    }

    /** The resume point for sample {@code target}, from {@code index} when there is one. */
    public SeekPoint locate(long target, long preroll, Optional<SeekIndex> index) throws StreamException {
        long goal = Math.max(0, target - preroll);
        if (index.isPresent()) {
            SeekIndex.Point p = index.get().atOrBefore(goal);
            return new SeekPoint(p.offset(), p.granule(), 0);
        }
        return bisect(goal);
    }

    private SeekPoint bisect(long goal) throws StreamException {
        long lo = head.audioStart();
        long loGranule = 0;
        long hi = reader.length();
        int requests = 0;
        while (hi - lo > 2L * WINDOW) {
            long mid = lo + (hi - lo) / 2;
            byte[] window = reader.read(mid, WINDOW);
            requests++;
            if (OggPage.find(window, 0, window.length, mid).isEmpty() && window.length == WINDOW) {
                window = reader.read(mid, WINDOW + OggPage.MAX_PAGE);
                requests++;
            }
            Optional<OggPage> page = firstWithGranule(window, mid, Math.min(window.length, (int) Math.min(WINDOW, hi - mid)));
            if (page.isEmpty() || page.get().granule() > goal) {
                hi = mid;
            } else if (page.get().end() >= hi) {
                break;
            } else {
                lo = page.get().end();
                loGranule = page.get().granule();
            }
        }
        return walk(lo, loGranule, goal, requests);
    }

    /** From page start {@code at} (preceded by granule {@code before} ≤ goal), the last page start that still qualifies. */
    private SeekPoint walk(long at, long before, long goal, int requests) throws StreamException {
        long total = reader.length();
        int size = WINDOW;
        while (at < total) {
            byte[] window = reader.read(at, size);
            requests++;
            int pos = 0;
            while (true) {
                Optional<OggPage> page = OggPage.parse(window, pos, window.length, at);
                if (page.isEmpty()) {
                    break;
                }
                OggPage p = page.get();
                if (p.serial() == head.serial() && p.granule() != -1) {
                    if (p.granule() > goal) {
                        return new SeekPoint(p.offset(), before, requests);
                    }
                    before = p.granule();
                }
                pos += p.length();
            }
            if (pos == 0) {
                if (size > WINDOW || window.length < size) {
                    throw new StreamException(StreamException.Reason.PROTOCOL, "no valid Ogg page at byte " + at);
                }
                size = WINDOW + OggPage.MAX_PAGE;
                continue;
            }
            size = WINDOW;
            at += pos;
        }
        return new SeekPoint(at, before, requests);
    }

    private Optional<OggPage> firstWithGranule(byte[] window, long base, int searchEnd) {
        int from = 0;
        while (from < searchEnd) {
            Optional<OggPage> page = OggPage.find(window, from, window.length, base);
            if (page.isEmpty() || page.get().offset() - base >= searchEnd) {
                return Optional.empty();
            }
            OggPage p = page.get();
            if (p.serial() == head.serial() && p.granule() != -1) {
                return page;
            }
            from = (int) (p.offset() - base) + p.length();
        }
        return Optional.empty();
    }
}
