package io.tonearm.agent.decode.jorbis;

import com.jcraft.jogg.Packet;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodeException.Problem;

/**
 * Checks the identification and comment headers (Vorbis I spec §4.2.2, §5.2.1) before JOrbis sees
 * them, with libvorbis's limits: JOrbis trusts length fields and would allocate whatever a corrupt
 * comment header claims.
 */
final class VorbisHeaderCheck {
    private VorbisHeaderCheck() {
    }

    /** Validates an identification header and returns the format it declares. */
    static PcmFormat identification(Packet p) throws DecodeException {
        byte[] d = p.packet_base;
        int o = p.packet;
        if (p.bytes < 30 || d[o] != 1 || OggCodec.identify(d, o, p.bytes) != OggCodec.VORBIS) {
            throw corrupt("bad identification header");
        }
        long version = u32(d, o + 7);
        int channels = d[o + 11] & 0xff;
        long rate = u32(d, o + 12);
        int small = 1 << (d[o + 28] & 0x0f);
        int large = 1 << ((d[o + 28] >> 4) & 0x0f);
        if (version != 0) {
            throw corrupt("unknown Vorbis version " + version);
        }
        if (channels < 1 || rate < 1000 || rate > 384_000) {
            throw corrupt("implausible format: " + rate + " Hz, " + channels + " channels");
        }
        if (small < 64 || large < small || large > 8192 || (d[o + 29] & 1) == 0) {
            throw corrupt("bad block sizes or framing bit in identification header");
        }
        return new PcmFormat((int) rate, channels);
    }

    /** Validates a comment header's structure; its content is not needed for decoding. */
    static void comment(Packet p) throws DecodeException {
        byte[] d = p.packet_base;
        int o = p.packet;
        long end = (long) o + p.bytes;
        if (p.bytes < 7 || d[o] != 3 || !isVorbis(d, o)) {
            throw corrupt("missing comment header");
        }
        long at = o + 7;
        at = skipString(d, at, end);
        if (at + 4 > end) {
            throw corrupt("comment header ends early");
        }
        long count = u32(d, (int) at);
        at += 4;
        for (long i = 0; i < count; i++) {
            at = skipString(d, at, end);
        }
        if (at >= end || (d[(int) at] & 1) == 0) {
            throw corrupt("comment header lacks its framing bit");
        }
    }

    /** Checks that a packet starts like a setup header; {@link SetupHeaderCheck} does the rest. */
    static void setupPrefix(Packet p) throws DecodeException {
        if (p.bytes < 8 || p.packet_base[p.packet] != 5 || !isVorbis(p.packet_base, p.packet)) {
            throw corrupt("missing setup header");
        }
    }

    private static long skipString(byte[] d, long at, long end) throws DecodeException {
        if (at + 4 > end) {
            throw corrupt("comment header ends early");
        }
        long length = u32(d, (int) at);
        if (length > end - at - 4) {
            throw corrupt("comment length " + length + " exceeds its header");
        }
        return at + 4 + length;
    }

    private static boolean isVorbis(byte[] d, int o) {
        return d[o + 1] == 'v' && d[o + 2] == 'o' && d[o + 3] == 'r' && d[o + 4] == 'b' && d[o + 5] == 'i'
                && d[o + 6] == 's';
    }

    private static long u32(byte[] d, int o) {
        return (d[o] & 0xffL) | (d[o + 1] & 0xffL) << 8 | (d[o + 2] & 0xffL) << 16 | (d[o + 3] & 0xffL) << 24;
    }

    static DecodeException corrupt(String detail) {
        return new DecodeException(Problem.CORRUPT, detail);
    }
}
