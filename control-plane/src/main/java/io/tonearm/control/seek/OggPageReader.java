package io.tonearm.control.seek;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads Ogg pages (RFC 3533 §6) one by one from a stream, checking the capture pattern, the
 * version and the CRC of each. Holds no more than one page (at most 65 307 bytes). Not
 * thread-safe; blocking reads.
 */
final class OggPageReader {

    /** The facts of one page that seeking needs; {@code granule} is −1 when no packet ends on it. */
    record Page(long offset, int headerType, long granule, int serial, int[] lacing, byte[] body) {

        boolean continued() {
            return (headerType & 0x01) != 0;
        }

        boolean lastOfStream() {
            return (headerType & 0x04) != 0;
        }

        /** How many packets end on this page (segments shorter than 255 bytes). */
        int packetsEnding() {
            int n = 0;
            for (int l : lacing) {
                if (l < 255) {
                    n++;
                }
            }
            return n;
        }
    }

    private static final int[] CRC = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int b = 0; b < 8; b++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04c11db7 : r << 1;
            }
            CRC[i] = r;
        }
    }

    private final InputStream in;
    private long position;

    OggPageReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next page, or null at a clean end of stream.
     *
     * @throws OggFormatException when the bytes are not a valid Ogg page, or end inside one
     */
    Page next() throws IOException {
        long offset = position;
        byte[] header = new byte[27];
        int first = in.read();
        if (first < 0) {
            return null;
        }
        header[0] = (byte) first;
        readFully(header, 1, 26, offset);
        if (header[0] != 'O' || header[1] != 'g' || header[2] != 'g' || header[3] != 'S') {
            throw new OggFormatException("no Ogg page at byte " + offset);
        }
        if (header[4] != 0) {
            throw new OggFormatException("unknown Ogg version " + header[4] + " at byte " + offset);
        }
        int segments = header[26] & 0xff;
        byte[] table = new byte[segments];
        readFully(table, 0, segments, offset);
        int[] lacing = new int[segments];
        int bodyLength = 0;
        for (int i = 0; i < segments; i++) {
            lacing[i] = table[i] & 0xff;
            bodyLength += lacing[i];
        }
        byte[] body = new byte[bodyLength];
        readFully(body, 0, bodyLength, offset);
        int expected = (int) le(header, 22, 4);
        header[22] = header[23] = header[24] = header[25] = 0;
        int crc = crc(crc(crc(0, header), table), body);
        if (crc != expected) {
            throw new OggFormatException("Ogg page at byte " + offset + " fails its CRC");
        }
        position = offset + 27 + segments + bodyLength;
        return new Page(offset, header[5] & 0xff, le(header, 6, 8), (int) le(header, 14, 4), lacing, body);
    }

    private void readFully(byte[] buffer, int from, int length, long pageOffset) throws IOException {
        int done = 0;
        while (done < length) {
            int n = in.read(buffer, from + done, length - done);
            if (n < 0) {
                throw new OggFormatException("the file ends inside the Ogg page at byte " + pageOffset,
                        new EOFException());
            }
            done += n;
        }
    }

    private static long le(byte[] b, int at, int length) {
        long v = 0;
        for (int i = length - 1; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }

    static int crc(int crc, byte[] bytes) {
        for (byte b : bytes) {
            crc = (crc << 8) ^ CRC[((crc >>> 24) ^ b) & 0xff];
        }
        return crc;
    }
}
