package io.tonearm.control.seek;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link SeekIndex} by reading an Ogg Vorbis file's pages once (no decoding). Only the
 * first logical stream is indexed (a chained file's later links are not; the control plane never
 * writes chains). After the point at granule 0, a page becomes a point once the last granule
 * before it has reached the next whole second ({@code k × rate}); pages that begin with the
 * continuation of a packet are passed over for the next page that does not, so every point
 * starts on a packet boundary. Thread-safe (no shared state); blocking file I/O.
 */
public final class SeekIndexBuilder {

    private static final int VORBIS_HEADERS = 3;

    private SeekIndexBuilder() {
    }

    /**
     * What one pass over the pages tells: the stream's format from its identification header, the
     * granule of its last page (its length in samples) and the seek index.
     */
    public record Scan(int sampleRate, int channels, long lastGranule, SeekIndex index) {
    }

    /** @throws OggFormatException when the file is not a valid Ogg Vorbis stream */
    public static SeekIndex of(Path file) throws IOException {
        return scan(file).index();
    }

    /** @throws OggFormatException when the file is not a valid Ogg Vorbis stream */
    public static Scan scan(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return scan(in);
        }
    }

    public static Scan scan(InputStream in) throws IOException {
        OggPageReader reader = new OggPageReader(in);
        OggPageReader.Page page = reader.next();
        if (page == null) {
            throw new OggFormatException("the file is empty");
        }
        int serial = page.serial();
        long rate = vorbisRate(page);
        int page0Channels = page.body()[11] & 0xff;
        int headerPackets = 0;
        while (headerPackets < VORBIS_HEADERS) {
            if (page.serial() == serial) {
                headerPackets += page.packetsEnding();
            }
            if (headerPackets >= VORBIS_HEADERS) {
                break;
            }
            page = reader.next();
            if (page == null) {
                throw new OggFormatException("the file ends inside the Vorbis headers");
            }
        }
        List<SeekIndex.Point> points = new ArrayList<>();
        long lastGranule = 0;
        long nextSecond = rate;
        boolean ended = page.lastOfStream();
        while (!ended && (page = reader.next()) != null) {
            if (page.serial() != serial) {
                continue;
            }
            if (points.isEmpty()) {
                points.add(new SeekIndex.Point(0, page.offset()));
            } else if (lastGranule >= nextSecond && !page.continued()) {
                points.add(new SeekIndex.Point(lastGranule, page.offset()));
                nextSecond = (lastGranule / rate + 1) * rate;
            }
            if (page.granule() != -1) {
                lastGranule = page.granule();
            }
            ended = page.lastOfStream();
        }
        if (points.isEmpty()) {
            throw new OggFormatException("the stream has no audio pages");
        }
        return new Scan((int) rate, page0Channels, lastGranule, new SeekIndex(points));
    }

    /** The sample rate from the Vorbis identification header, which must fill the first page. */
    private static long vorbisRate(OggPageReader.Page first) throws OggFormatException {
        byte[] b = first.body();
        if (b.length < 30 || b[0] != 1 || b[1] != 'v' || b[2] != 'o' || b[3] != 'r' || b[4] != 'b' || b[5] != 'i'
                || b[6] != 's') {
            throw new OggFormatException("the first Ogg page is not a Vorbis identification header");
        }
        long rate = (b[12] & 0xffL) | (b[13] & 0xffL) << 8 | (b[14] & 0xffL) << 16 | (b[15] & 0xffL) << 24;
        if (rate < 1 || rate > 1_000_000) {
            throw new OggFormatException("the Vorbis sample rate " + rate + " is out of range");
        }
        return rate;
    }
}
