package io.tonearm.agent.decode.jorbis;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodeException.Problem;
import io.tonearm.agent.decode.DecodedAudio;
import java.io.IOException;
import java.io.InputStream;

/**
 * An Ogg Vorbis stream being decoded, link after link, with vorbisfile's trimming and recovery:
 * a hole (missing or corrupt pages) is skipped, an undecodable packet is dropped, and input that
 * ends mid-stream ends the audio after the last complete page, as {@code ov_read} does.
 */
final class VorbisStream implements DecodedAudio {
    private final InputStream in;
    private final OggPageSource source;
    private final Packet packet = new Packet();
    private final float[][][] pcmRef = new float[1][][];
    private VorbisLink link;
    private GranuleTrimmer trimmer = new GranuleTrimmer();
    private PcmFormat format;
    private int[] index;
    private int deliverable;
    private int discardAfter;
    private boolean linkEnded;
    private boolean ended;
    private boolean formatChanged;
    private int droppedPackets;
    private long framesKept;
    private long firstGranule = -1;
    private long framesAtFirstGranule;

    VorbisStream(InputStream in, OggPageSource source, VorbisLink first) {
        this.in = in;
        this.source = source;
        this.link = first;
        this.format = first.format;
        this.index = new int[format.channels()];
    }

    @Override
    public PcmFormat format() {
        return format;
    }

    @Override
    public int read(float[] dst, int maxFrames) throws DecodeException {
        if (maxFrames < 1 || dst.length < (long) maxFrames * format.channels()) {
            throw new IllegalArgumentException("room for " + maxFrames + " frames of " + format + " needed");
        }
        try {
            while (deliverable == 0 && !formatChanged) {
                if (ended) {
                    return END;
                }
                step();
            }
            if (formatChanged) {
                formatChanged = false;
                return FORMAT_CHANGED;
            }
            return copy(dst, Math.min(maxFrames, deliverable));
        } catch (RuntimeException e) {
            ended = true;
            throw new DecodeException(Problem.CORRUPT, "decoder failure: " + e, e);
        }
    }

    private void step() throws DecodeException {
        if (!linkEnded) {
            int result = link.stream.packetout(packet);
            if (result == 1) {
                decode();
                return;
            }
            if (result < 0) {
                return;
            }
        }
        Page page = source.next();
        if (page == null) {
            ended = true;
        } else if (page.bos() != 0) {
            nextLink(page);
        } else if (!linkEnded && page.serialno() == link.serial) {
            link.feed(page);
        }
    }

    private void decode() throws DecodeException {
        long granule = packet.granulepos;
        boolean endOfStream = packet.e_o_s != 0;
        packet.granulepos = -1;
        packet.e_o_s = 0;
        linkEnded = endOfStream;
        if (!synthesize()) {
            droppedPackets++;
            return;
        }
        int produced = link.dsp.synthesis_pcmout(null, null);
        trimmer.packet(packet.packetno, granule, endOfStream, produced);
        if (trimmer.frontSkip() > 0) {
            link.dsp.synthesis_read(trimmer.frontSkip());
        }
        deliverable = produced - trimmer.frontSkip() - trimmer.endTrim();
        discardAfter = trimmer.endTrim();
        framesKept += deliverable;
        if (granule != -1 && firstGranule == -1) {
            firstGranule = granule;
            framesAtFirstGranule = framesKept;
        }
        discardIfDrained();
    }

    /** Decodes the packet into the overlap buffer; false if it is not an audio packet libvorbis would take. */
    private boolean synthesize() throws DecodeException {
        try {
            if (link.block.synthesis(packet) != 0) {
                return false;
            }
        } catch (RuntimeException e) {
            return false;
        }
        try {
            link.dsp.synthesis_blockin(link.block);
            return true;
        } catch (RuntimeException e) {
            throw new DecodeException(Problem.CORRUPT, "audio packet " + packet.packetno + " breaks the decoder", e);
        }
    }

    private void nextLink(Page bos) throws DecodeException {
        VorbisLink next;
        try {
            next = VorbisLink.open(source, bos);
        } catch (DecodeException e) {
            linkEnded = true;
            if (e.problem() == Problem.TRUNCATED) {
                ended = true;
                return;
            }
            throw e;
        }
        link = next;
        trimmer = new GranuleTrimmer();
        linkEnded = false;
        if (!next.format.equals(format)) {
            format = next.format;
            index = new int[format.channels()];
            formatChanged = true;
        }
    }

    private int copy(float[] dst, int frames) {
        link.dsp.synthesis_pcmout(pcmRef, index);
        float[][] pcm = pcmRef[0];
        int channels = format.channels();
        for (int c = 0; c < channels; c++) {
            float[] src = pcm[c];
            int s = index[c];
            int end = s + frames;
            for (int o = c; s < end; s++, o += channels) {
                dst[o] = src[s];
            }
        }
        link.dsp.synthesis_read(frames);
        deliverable -= frames;
        discardIfDrained();
        return frames;
    }

    private void discardIfDrained() {
        if (deliverable == 0 && discardAfter > 0) {
            link.dsp.synthesis_read(discardAfter);
            discardAfter = 0;
        }
    }

    /**
     * The stream position (in frames) of the first frame this stream delivered, known once a packet
     * with a granule position has been decoded; -1 before. Used to place a stream resumed mid-way.
     */
    long firstFramePosition() {
        return firstGranule == -1 ? -1 : Math.max(0, firstGranule - framesAtFirstGranule);
    }

    @Override
    public int damageSkipped() {
        return source.holes() + droppedPackets;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing to do: the stream was only read.
        }
    }
}
