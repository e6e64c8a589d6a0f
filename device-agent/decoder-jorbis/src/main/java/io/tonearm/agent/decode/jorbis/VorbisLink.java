package io.tonearm.agent.decode.jorbis;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;
import com.jcraft.jorbis.TonearmJOrbisFixes;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodeException.Problem;

/**
 * One link of a (possibly chained) Ogg Vorbis stream: its logical stream and JOrbis decoder state,
 * set up from its three headers. Pages of other logical streams multiplexed beside it (Skeleton,
 * Theora) are ignored, as vorbisfile ignores them.
 */
final class VorbisLink {
    /** Upper bound on one packet while reading headers (comments may carry cover art). */
    static final int MAX_HEADER_PACKET = 32 << 20;
    /** Upper bound on one audio packet; real ones are a few kilobytes. */
    static final int MAX_AUDIO_PACKET = 4 << 20;
    private static final byte[] EMPTY_COMMENT = {3, 'v', 'o', 'r', 'b', 'i', 's', 0, 0, 0, 0, 0, 0, 0, 0, 1};

    final int serial;
    final PcmFormat format;
    final StreamState stream;
    final DspState dsp = new DspState();
    final Block block;
    private int partialPacketBytes;

    private VorbisLink(int serial, StreamState stream, PcmFormat format, Info info) {
        this.serial = serial;
        this.stream = stream;
        this.format = format;
        dsp.synthesis_init(info);
        TonearmJOrbisFixes.fixSynthesis(dsp);
        this.block = new Block(dsp);
    }

    /**
     * Reads the headers of the link that begins with {@code first}, a beginning-of-stream page.
     *
     * @throws DecodeException UNSUPPORTED_CODEC if no stream of the link is Vorbis, CORRUPT if its
     *     headers are missing or malformed, TRUNCATED if the input ends inside them
     */
    static VorbisLink open(OggPageSource source, Page first) throws DecodeException {
        StreamState stream = null;
        int serial = 0;
        OggCodec firstCodec = null;
        OggCodec other = null;
        Page page = first;
        while (page != null && page.bos() != 0) {
            OggCodec codec = OggCodec.identify(page.body_base, page.body, page.body_len);
            firstCodec = firstCodec == null ? codec : firstCodec;
            if (codec == OggCodec.VORBIS && stream == null) {
                serial = page.serialno();
                stream = new StreamState();
                stream.init(serial);
                stream.pagein(page);
            } else if (!codec.isMetadata() && other == null) {
                other = codec;
            }
            page = source.next();
        }
        if (stream == null) {
            OggCodec named = other != null ? other : firstCodec;
            throw new DecodeException(Problem.UNSUPPORTED_CODEC, named == null ? "no stream" : named.displayName());
        }
        return readHeaders(source, stream, serial, page);
    }

    private static VorbisLink readHeaders(OggPageSource source, StreamState stream, int serial, Page pending)
            throws DecodeException {
        Info info = new Info();
        Comment comment = new Comment();
        info.init();
        comment.init();
        Packet packet = new Packet();
        PcmFormat format = null;
        int partial = 0;
        Page page = pending;
        int headers = 0;
        while (headers < 3) {
            int next = stream.packetout(packet);
            if (next == 0) {
                if (page == null) {
                    page = source.next();
                }
                if (page == null) {
                    throw new DecodeException(Problem.TRUNCATED, "input ends inside the Vorbis headers");
                }
                if (page.bos() != 0) {
                    throw VorbisHeaderCheck.corrupt("Vorbis headers incomplete when the next stream begins");
                }
                if (page.serialno() == serial) {
                    partial = packetBytesAfter(page, partial, MAX_HEADER_PACKET);
                    stream.pagein(page);
                }
                page = null;
                continue;
            }
            if (next < 0) {
                throw VorbisHeaderCheck.corrupt("pages missing inside the Vorbis headers");
            }
            Packet forJOrbis = packet;
            if (headers == 0) {
                format = VorbisHeaderCheck.identification(packet);
            } else if (headers == 1) {
                VorbisHeaderCheck.comment(packet);
                forJOrbis = emptyComment();
            } else {
                SetupHeaderCheck.check(packet);
            }
            int result = headers < 2 ? info.synthesis_headerin(comment, forJOrbis)
                    : TonearmJOrbisFixes.unpackSetup(info, packet);
            if (result != 0) {
                throw VorbisHeaderCheck.corrupt("bad Vorbis header " + (headers + 1));
            }
            headers++;
        }
        if (page != null) {
            throw new AssertionError("a page was read past the headers");
        }
        return new VorbisLink(serial, stream, format, info);
    }

    private static Packet emptyComment() {
        Packet p = new Packet();
        p.packet_base = EMPTY_COMMENT;
        p.packet = 0;
        p.bytes = EMPTY_COMMENT.length;
        return p;
    }

    /** Adds a page of this link's logical stream, refusing a packet that grows past any sane size. */
    void feed(Page page) throws DecodeException {
        partialPacketBytes = packetBytesAfter(page, partialPacketBytes, MAX_AUDIO_PACKET);
        stream.pagein(page);
    }

    /** Bytes of the packet left unfinished at the end of {@code page}; fails past {@code limit}. */
    private static int packetBytesAfter(Page page, int partialBefore, int limit) throws DecodeException {
        byte[] h = page.header_base;
        int segments = h[page.header + 26] & 0xff;
        long partial = (h[page.header + 5] & 1) != 0 ? partialBefore : 0;
        for (int i = 0; i < segments; i++) {
            int lacing = h[page.header + 27 + i] & 0xff;
            partial = lacing < 255 ? 0 : partial + lacing;
            if (partial > limit) {
                throw VorbisHeaderCheck.corrupt("a packet grows past " + limit + " bytes");
            }
        }
        return (int) partial;
    }
}
