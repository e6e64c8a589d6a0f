package io.tonearm.agent.decode.jorbis;

import com.jcraft.jogg.Page;
import io.tonearm.agent.decode.AudioDecoder;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodeException.Problem;
import io.tonearm.agent.decode.DecodedAudio;
import java.io.InputStream;

/**
 * Ogg Vorbis decoder on JOrbis whose output matches libvorbis's vorbisfile ({@code oggdec}): the same
 * frames, trimmed by granule position (see {@link GranuleTrimmer}), samples equal within float
 * rounding.
 *
 * <ul>
 *   <li>Channels come in Vorbis order (spec §4.3.9); {@link VorbisChannelOrder} maps them to WAV.
 *   <li>Chained streams play on; a link of another rate or channel count reports
 *       {@link DecodedAudio#FORMAT_CHANGED} once. Streams multiplexed beside Vorbis are ignored.
 *   <li>Errors: no Ogg page in the first 64 KiB or empty input, NOT_OGG; Ogg without a Vorbis stream,
 *       UNSUPPORTED_CODEC naming the codec; missing or malformed headers, CORRUPT; input ending inside
 *       the first link's headers, TRUNCATED. Input ending later ends the audio after the last complete
 *       page, as in vorbisfile. Damaged pages are skipped; nothing JOrbis throws escapes.
 * </ul>
 *
 * <p>Stateless and thread-safe; each opened stream belongs to one thread.
 */
public final class VorbisDecoder implements AudioDecoder {

    @Override
    public DecodedAudio open(InputStream in) throws DecodeException {
        try {
            OggPageSource source = new OggPageSource(in);
            Page first = source.next();
            if (first == null) {
                throw new DecodeException(Problem.TRUNCATED, "no complete Ogg page");
            }
            if (first.bos() == 0) {
                throw new DecodeException(Problem.CORRUPT, "stream does not begin with its headers");
            }
            return new VorbisStream(in, source, VorbisLink.open(source, first));
        } catch (RuntimeException e) {
            throw new DecodeException(Problem.CORRUPT, "bad headers: " + e, e);
        }
    }

    /**
     * Resumes at a page: the headers set the decoder up, then the pages from the resume point follow
     * as if the ones between were lost (a hole, which Ogg framing and vorbisfile both recover from:
     * the first packet primes the overlap and output is exact from the next). The first frames are
     * placed by the first granule position and cut at {@code targetFrame}.
     */
    @Override
    public DecodedAudio resume(byte[] headers, InputStream pages, long targetFrame) throws DecodeException {
        if (targetFrame < 0) {
            throw new IllegalArgumentException("target frame must not be negative");
        }
        InputStream joined = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(headers), pages);
        ResumedStream resumed = new ResumedStream((VorbisStream) open(joined), targetFrame);
        try {
            resumed.place();
        } catch (DecodeException | RuntimeException e) {
            resumed.close();
            throw e;
        }
        return resumed;
    }
}
