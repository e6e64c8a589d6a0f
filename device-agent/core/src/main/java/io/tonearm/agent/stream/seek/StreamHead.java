package io.tonearm.agent.stream.seek;

import io.tonearm.agent.stream.RangeReader;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.StreamException.Reason;
import java.util.Arrays;
import java.util.Optional;

/**
 * The start of an Ogg Vorbis stream up to its first audio page: the header pages a decoder needs
 * to resume mid-stream, where audio begins, and the sample rate that turns milliseconds into
 * granule positions. The Vorbis spec (§4.2.1, A.2) ends the setup header on a page of its own, so
 * audio starts on a page boundary.
 */
public record StreamHead(byte[] headers, long audioStart, int sampleRate, int serial) {
    /** Headers past this (cover art in comments) are not worth a seek; the caller decodes from the start. */
    public static final int MAX_HEADERS = 4 << 20;
    private static final byte[] VORBIS_ID = {1, 'v', 'o', 'r', 'b', 'i', 's'};

    public StreamHead {
        if (headers == null || audioStart != headers.length || sampleRate < 1) {
            throw new IllegalArgumentException("headers must end where audio starts, and the rate be positive");
        }
    }

    /**
     * Reads the headers of the stream behind {@code reader}.
     *
     * @throws StreamException PROTOCOL if it does not begin with Vorbis headers within
     *     {@link #MAX_HEADERS}; the reader's failures as they are
     */
    public static StreamHead read(RangeReader reader) throws StreamException {
        int want = 16 * 1024;
        while (true) {
            byte[] bytes = reader.read(0, want);
            Optional<StreamHead> head = parse(bytes);
            if (head.isPresent()) {
                return head.get();
            }
            if (bytes.length < want || want >= MAX_HEADERS) {
                throw new StreamException(Reason.PROTOCOL, "no complete Vorbis headers in the first " + bytes.length + " bytes");
            }
            want = Math.min(MAX_HEADERS, want * 4);
        }
    }

    /** The head, if {@code bytes} (the stream's beginning) hold all of it; fails if they cannot be Vorbis. */
    static Optional<StreamHead> parse(byte[] bytes) throws StreamException {
        int at = 0;
        int serial = 0;
        int rate = 0;
        int packets = 0;
        while (at < bytes.length) {
            Optional<OggPage> found = OggPage.parse(bytes, at, bytes.length, 0);
            if (found.isEmpty()) {
                if (bytes.length - at >= OggPage.MAX_PAGE) {
                    throw new StreamException(Reason.PROTOCOL, "no valid Ogg page at byte " + at + " of the headers");
                }
                return Optional.empty();
            }
            OggPage page = found.get();
            if (at == 0) {
                if (!page.bos() || !startsWith(bytes, page.bodyOffset(), page.bodyLength(), VORBIS_ID) || page.bodyLength() < 16) {
                    throw new StreamException(Reason.PROTOCOL, "the stream does not begin with a Vorbis identification header");
                }
                serial = page.serial();
                int b = page.bodyOffset();
                rate = (bytes[b + 12] & 0xff) | (bytes[b + 13] & 0xff) << 8 | (bytes[b + 14] & 0xff) << 16 | (bytes[b + 15] & 0xff) << 24;
                if (rate <= 0) {
                    throw new StreamException(Reason.PROTOCOL, "the Vorbis identification header has no sample rate");
                }
            }
            if (page.serial() == serial) {
                packets += page.packetsEnded();
            }
            at += page.length();
            if (packets >= 3) {
                return Optional.of(new StreamHead(Arrays.copyOf(bytes, at), at, rate, serial));
            }
        }
        return Optional.empty();
    }

    /** The granule position (sample number) of {@code millis}. */
    public long granuleAt(long millis) {
        return Math.multiplyExact(millis, (long) sampleRate) / 1000;
    }

    private static boolean startsWith(byte[] b, int off, int len, byte[] prefix) {
        if (len < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[off + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
