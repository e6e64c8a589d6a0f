package io.tonearm.agent.decode.jorbis;

import com.jcraft.jogg.Packet;
import io.tonearm.agent.decode.DecodeException;

/**
 * Walks the codebooks of a setup header (Vorbis I spec §3.2.1) with libvorbis's sanity limits before
 * JOrbis unpacks them. JOrbis allocates what a codebook declares and, for a zero-dimension lookup
 * book, loops forever; libvorbis refuses such books, and so does this check.
 */
final class SetupHeaderCheck {
    private final byte[] data;
    private final long endBit;
    private long bit;

    private SetupHeaderCheck(Packet p) {
        data = p.packet_base;
        bit = (p.packet + 7L) * 8;
        endBit = ((long) p.packet + p.bytes) * 8;
    }

    static void check(Packet p) throws DecodeException {
        VorbisHeaderCheck.setupPrefix(p);
        new SetupHeaderCheck(p).codebooks();
    }

    private void codebooks() throws DecodeException {
        int books = read(8) + 1;
        for (int i = 0; i < books; i++) {
            codebook(i);
        }
    }

    private void codebook(int index) throws DecodeException {
        if (read(24) != 0x564342) {
            throw VorbisHeaderCheck.corrupt("codebook " + index + " lacks its sync pattern");
        }
        int dim = read(16);
        int entries = read(24);
        if (ilog(dim) + ilog(entries) > 24) {
            throw VorbisHeaderCheck.corrupt("codebook " + index + " is too large");
        }
        if (read(1) == 1) {
            int length = read(5) + 1;
            for (int i = 0; i < entries; length++) {
                int n = read(ilog(entries - i));
                if (n > entries - i || length > 32) {
                    throw VorbisHeaderCheck.corrupt("codebook " + index + " has bad codeword lengths");
                }
                i += n;
            }
        } else {
            boolean sparse = read(1) == 1;
            for (int i = 0; i < entries; i++) {
                if (!sparse || read(1) == 1) {
                    read(5);
                }
            }
        }
        int mapType = read(4);
        if (mapType == 0) {
            return;
        }
        if (mapType > 2 || dim == 0 || entries == 0) {
            throw VorbisHeaderCheck.corrupt("codebook " + index + " has a bad lookup table");
        }
        read(32);
        read(32);
        int quantBits = read(4) + 1;
        read(1);
        long values = mapType == 1 ? lookup1Values(entries, dim) : (long) entries * dim;
        skip(values * quantBits);
    }

    /** The largest v with v^dim <= entries (spec §9.2.3). */
    static long lookup1Values(int entries, int dim) {
        long v = (long) Math.floor(Math.pow(entries, 1.0 / dim));
        while (power(v + 1, dim) <= entries) {
            v++;
        }
        while (v > 0 && power(v, dim) > entries) {
            v--;
        }
        return v;
    }

    private static long power(long base, int exponent) {
        long acc = 1;
        for (int i = 0; i < exponent; i++) {
            acc *= base;
            if (acc > Integer.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
        }
        return acc;
    }

    private static int ilog(int v) {
        return 32 - Integer.numberOfLeadingZeros(v);
    }

    private void skip(long bits) throws DecodeException {
        if (bits > endBit - bit) {
            throw VorbisHeaderCheck.corrupt("setup header ends early");
        }
        bit += bits;
    }

    private int read(int bits) throws DecodeException {
        if (bits > endBit - bit) {
            throw VorbisHeaderCheck.corrupt("setup header ends early");
        }
        int value = 0;
        for (int i = 0; i < bits; i++) {
            int b = (data[(int) (bit >> 3)] >> (bit & 7)) & 1;
            value |= b << i;
            bit++;
        }
        return value;
    }
}
