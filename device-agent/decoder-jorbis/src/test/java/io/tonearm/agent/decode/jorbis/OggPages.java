package io.tonearm.agent.decode.jorbis;

import java.util.Arrays;

/** Builds and patches Ogg pages (RFC 3533 §6) for tests. */
final class OggPages {
    private static final int[] CRC = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int j = 0; j < 8; j++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04c11db7 : r << 1;
            }
            CRC[i] = r;
        }
    }

    private OggPages() {
    }

    /** A page holding one whole packet {@code body} (under 255 * 255 bytes). */
    static byte[] page(int flags, long granule, int serial, int sequence, byte[] body) {
        int full = body.length / 255;
        byte[] lacing = new byte[full + 1];
        Arrays.fill(lacing, 0, full, (byte) 255);
        lacing[full] = (byte) (body.length % 255);
        return build(flags, granule, serial, sequence, lacing, body);
    }

    /** A page of 255 segments of 255 bytes: a packet that goes on past the page. */
    static byte[] lacedPage(int flags, int serial, int sequence, byte[] body) {
        byte[] lacing = new byte[255];
        Arrays.fill(lacing, (byte) 255);
        return build(flags, -1, serial, sequence, lacing, Arrays.copyOf(body, 255 * 255));
    }

    private static byte[] build(int flags, long granule, int serial, int sequence, byte[] lacing, byte[] body) {
        byte[] p = new byte[27 + lacing.length + body.length];
        p[0] = 'O';
        p[1] = 'g';
        p[2] = 'g';
        p[3] = 'S';
        p[5] = (byte) flags;
        for (int i = 0; i < 8; i++) {
            p[6 + i] = (byte) (granule >> (8 * i));
        }
        for (int i = 0; i < 4; i++) {
            p[14 + i] = (byte) (serial >> (8 * i));
            p[18 + i] = (byte) (sequence >> (8 * i));
        }
        p[26] = (byte) lacing.length;
        System.arraycopy(lacing, 0, p, 27, lacing.length);
        System.arraycopy(body, 0, p, 27 + lacing.length, body.length);
        setChecksum(p, 0, p.length);
        return p;
    }

    /** Offset of the {@code n}th page (from 0) of a well-formed stream. */
    static int offsetOfPage(byte[] ogg, int n) {
        int at = 0;
        for (int i = 0; i < n; i++) {
            at += pageLength(ogg, at);
        }
        return at;
    }

    /** Recomputes every page's checksum, so damage inside pages gets past the CRC check. */
    static void fixChecksums(byte[] ogg) {
        for (int at = 0; at + 27 <= ogg.length && at + 27 + (ogg[at + 26] & 0xff) <= ogg.length; ) {
            int length = pageLength(ogg, at);
            if (at + length > ogg.length) {
                return;
            }
            setChecksum(ogg, at, length);
            at += length;
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static int pageLength(byte[] ogg, int at) {
        int segments = ogg[at + 26] & 0xff;
        int length = 27 + segments;
        for (int i = 0; i < segments; i++) {
            length += ogg[at + 27 + i] & 0xff;
        }
        return length;
    }

    private static void setChecksum(byte[] p, int at, int length) {
        Arrays.fill(p, at + 22, at + 26, (byte) 0);
        int crc = 0;
        for (int i = at; i < at + length; i++) {
            crc = (crc << 8) ^ CRC[((crc >>> 24) & 0xff) ^ (p[i] & 0xff)];
        }
        for (int i = 0; i < 4; i++) {
            p[at + 22 + i] = (byte) (crc >>> (8 * i));
        }
    }
}
