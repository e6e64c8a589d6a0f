package io.tonearm.agent.playback;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodedAudio;

/**
 * A stream whose first chunk was decoded ahead of time (by the {@link Prefetcher}): the first reads
 * return that chunk, later reads go to the stream. Read by one thread after hand-over.
 */
final class PrimedAudio implements DecodedAudio {
    private final DecodedAudio audio;
    private final PcmFormat headFormat;
    private final float[] head;
    private final int headResult;
    private int headFrom;

    private PrimedAudio(DecodedAudio audio, PcmFormat headFormat, float[] head, int headResult) {
        this.audio = audio;
        this.headFormat = headFormat;
        this.head = head;
        this.headResult = headResult;
    }

    /** Decodes up to {@code frames} frames of {@code audio} now. */
    static PrimedAudio prime(DecodedAudio audio, int frames) throws DecodeException {
        PcmFormat format = audio.format();
        float[] head = new float[frames * format.channels()];
        int n = audio.read(head, frames);
        return new PrimedAudio(audio, format, head, n);
    }

    @Override
    public PcmFormat format() {
        return headPending() && headResult > 0 ? headFormat : audio.format();
    }

    @Override
    public int read(float[] dst, int maxFrames) throws DecodeException {
        if (!headPending()) {
            return audio.read(dst, maxFrames);
        }
        if (headResult <= 0) {
            headFrom = Integer.MAX_VALUE;
            return headResult;
        }
        int channels = headFormat.channels();
        int frames = Math.min(maxFrames, headResult - headFrom);
        System.arraycopy(head, headFrom * channels, dst, 0, frames * channels);
        headFrom += frames;
        return frames;
    }

    private boolean headPending() {
        return headResult > 0 ? headFrom < headResult : headFrom == 0;
    }

    @Override
    public int damageSkipped() {
        return audio.damageSkipped();
    }

    @Override
    public void close() {
        audio.close();
    }
}
