package io.tonearm.agent.stream.seek;

import java.util.Optional;

/**
 * An Ogg page's header as seeking needs it (RFC 3533 §6): where the page starts and how long it is,
 * its granule position (-1: no packet ends on it), serial number, flags, and how many packets end
 * on it. Only pages whose checksum holds are recognised, so a capture pattern that happens to occur
 * inside audio data is never taken for a page.
 */
record OggPage(long offset, int length, long granule, int serial, boolean continued, boolean bos, int packetsEnded,
               int bodyOffset, int bodyLength) {
    static final int MAX_PAGE = 27 + 255 + 255 * 255;

    /**
     * The page that starts at {@code at} in {@code buf} (which holds bytes from stream offset
     * {@code base} up to {@code end}), if a whole, valid one does.
     */
    static Optional<OggPage> parse(byte[] buf, int at, int end, long base) {
        if (end - at < 27 || buf[at] != 'O' || buf[at + 1] != 'g' || buf[at + 2] != 'g' || buf[at + 3] != 'S' || buf[at + 4] != 0) {
            return Optional.empty();
        }
        int segments = buf[at + 26] & 0xff;
        int headerLength = 27 + segments;
        if (end - at < headerLength) {
            return Optional.empty();
        }
        int body = 0;
        int ended = 0;
        for (int i = 0; i < segments; i++) {
            int lacing = buf[at + 27 + i] & 0xff;
            body += lacing;
            if (lacing < 255) {
                ended++;
            }
        }
        int length = headerLength + body;
        if (end - at < length || OggCrc.of(buf, at, length) != le32(buf, at + 22)) {
            return Optional.empty();
        }
        int flags = buf[at + 5] & 0xff;
        long granule = le32(buf, at + 6) & 0xffffffffL | (long) le32(buf, at + 10) << 32;
        return Optional.of(new OggPage(base + at, length, granule, le32(buf, at + 14), (flags & 1) != 0, (flags & 2) != 0,
                ended, at + headerLength, body));
    }

    /** The first valid page starting in {@code buf[from, end)}, if any. */
    static Optional<OggPage> find(byte[] buf, int from, int end, long base) {
        for (int i = from; i + 27 <= end; i++) {
            if (buf[i] == 'O') {
                Optional<OggPage> page = parse(buf, i, end, base);
                if (page.isPresent()) {
                    return page;
                }
            }
        }
        return Optional.empty();
    }

    long end() {
        return offset + length;
    }

    private static int le32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }
}
