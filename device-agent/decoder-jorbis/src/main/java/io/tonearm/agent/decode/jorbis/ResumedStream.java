package io.tonearm.agent.decode.jorbis;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodeException.Problem;
import io.tonearm.agent.decode.DecodedAudio;
import java.util.Arrays;

/**
 * A {@link VorbisStream} resumed at a page mid-way, cut to start exactly at a target frame. Its
 * first frames cannot be placed until a packet with a granule position has been decoded (the end of
 * the first page), so it holds what it decodes until then — at most a page of audio — and then
 * drops everything before the target.
 */
final class ResumedStream implements DecodedAudio {
    /** A page holds well under a minute of audio at any catalog quality; more without a granule is corrupt. */
    static final int MAX_UNPLACED_SECONDS = 60;
    private final VorbisStream stream;
    private final long target;
    private float[] held = new float[0];
    private int heldFrames;
    private int heldRead;
    private boolean placed;
    private float[] scratch = new float[0];

    ResumedStream(VorbisStream stream, long target) {
        this.stream = stream;
        this.target = target;
    }

    @Override
    public PcmFormat format() {
        return stream.format();
    }

    @Override
    public int read(float[] dst, int maxFrames) throws DecodeException {
        if (!placed) {
            place();
        }
        int channels = stream.format().channels();
        if (heldRead < heldFrames) {
            int n = Math.min(maxFrames, heldFrames - heldRead);
            System.arraycopy(held, heldRead * channels, dst, 0, n * channels);
            heldRead += n;
            return n;
        }
        return stream.read(dst, maxFrames);
    }

    /**
     * Decodes until the stream knows its position, then keeps only frames from the target on.
     *
     * @throws DecodeException SEEK_MISSED if the stream starts after the target
     */
    void place() throws DecodeException {
        int chunk = 1024;
        int channels = stream.format().channels();
        long decoded = 0;
        while (stream.firstFramePosition() < 0) {
            ensure((heldFrames + chunk) * channels);
            int n = stream.read(scratch(chunk * channels), chunk);
            if (n == END) {
                break;
            }
            if (n == FORMAT_CHANGED) {
                throw new DecodeException(Problem.CORRUPT, "a chained stream changes format where it was resumed");
            }
            System.arraycopy(scratch, 0, held, heldFrames * channels, n * channels);
            heldFrames += n;
            decoded += n;
            if (heldFrames > MAX_UNPLACED_SECONDS * stream.format().sampleRate()) {
                throw new DecodeException(Problem.CORRUPT, "no granule position in " + MAX_UNPLACED_SECONDS + " s of audio");
            }
        }
        placed = true;
        long start = stream.firstFramePosition();
        if (start < 0) {
            heldFrames = 0;
            return;
        }
        long skip = target - start;
        if (skip < 0) {
            throw new DecodeException(Problem.SEEK_MISSED, "resumed at frame " + start + ", after the target " + target);
        }
        if (skip >= decoded) {
            heldFrames = 0;
            dropFromStream(skip - decoded, chunk);
        } else {
            heldRead = (int) skip;
        }
    }

    private void dropFromStream(long frames, int chunk) throws DecodeException {
        float[] sink = scratch(chunk * stream.format().channels());
        long left = frames;
        while (left > 0) {
            int n = stream.read(sink, (int) Math.min(chunk, left));
            if (n == END || n == FORMAT_CHANGED) {
                return;
            }
            left -= n;
        }
    }

    private float[] scratch(int samples) {
        if (scratch.length < samples) {
            scratch = new float[samples];
        }
        return scratch;
    }

    private void ensure(int samples) {
        if (held.length < samples) {
            held = Arrays.copyOf(held, Math.max(samples, held.length * 2));
        }
    }

    @Override
    public void close() {
        stream.close();
    }
}
