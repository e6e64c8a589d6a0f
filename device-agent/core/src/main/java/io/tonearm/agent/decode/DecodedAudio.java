package io.tonearm.agent.decode;

import io.tonearm.agent.audio.PcmFormat;
import java.io.Closeable;

/**
 * A stream being decoded, read by one thread. Output is trimmed as libvorbis's vorbisfile trims it:
 * the samples a link's granule positions promise, no more and no fewer.
 */
public interface DecodedAudio extends Closeable {
    /** {@link #read} result: the stream has ended. */
    int END = -1;
    /**
     * {@link #read} result: a chained stream's next link has a different format; {@link #format()}
     * now returns it and the next read returns its first frames.
     */
    int FORMAT_CHANGED = -2;

    /** The format of the frames the next {@link #read} returns. */
    PcmFormat format();

    /**
     * Decodes up to {@code maxFrames} frames into {@code dst} as interleaved floats (nominally in
     * [-1, 1]; values beyond are clipped by the conversion to 16 bits), starting at index 0.
     * Blocks while it reads input.
     *
     * @return frames written (at least 1), {@link #END} or {@link #FORMAT_CHANGED}
     * @throws DecodeException if the input breaks off or is corrupt past recovery
     */
    int read(float[] dst, int maxFrames) throws DecodeException;

    /**
     * How many damaged stretches the decoder has skipped so far (corrupt or missing pages, packets
     * it could not decode); playback carried on past each. 0 for a clean stream.
     */
    default int damageSkipped() {
        return 0;
    }

    /** Closes the underlying input. */
    @Override
    void close();
}
