package io.tonearm.agent.stream.seek;

import io.tonearm.agent.stream.SeekIndex;
import io.tonearm.agent.stream.StreamException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link SeekIndex} from a whole Ogg Vorbis stream held in memory (a cached file), with the
 * control plane's layout: the first audio page at granule 0, then about one point every
 * {@code spacing} samples, each the start of a page and the granule of the last page before it.
 */
public final class SeekIndexScanner {
    private SeekIndexScanner() {
    }

    /** @throws StreamException PROTOCOL if the bytes are not an Ogg Vorbis stream */
    public static SeekIndex scan(byte[] stream, long spacing) throws StreamException {
        if (spacing < 1) {
            throw new IllegalArgumentException("spacing must be positive");
        }
        StreamHead head = StreamHead.parse(stream).orElseThrow(() -> new StreamException(StreamException.Reason.PROTOCOL,
                "the stream ends inside its headers"));
        List<SeekIndex.Point> points = new ArrayList<>();
        points.add(new SeekIndex.Point(0, head.audioStart()));
        long before = 0;
        int at = (int) head.audioStart();
        while (at < stream.length) {
            Optional<OggPage> page = OggPage.parse(stream, at, stream.length, 0);
            if (page.isEmpty()) {
                break;
            }
            OggPage p = page.get();
            if (p.serial() == head.serial() && p.granule() != -1) {
                before = p.granule();
            }
            at += p.length();
            SeekIndex.Point last = points.get(points.size() - 1);
            if (at < stream.length && before - last.granule() >= spacing) {
                points.add(new SeekIndex.Point(before, at));
            }
        }
        return new SeekIndex(points);
    }
}
