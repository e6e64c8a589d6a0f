package io.tonearm.agent.playback;

import io.tonearm.agent.audio.Pcm16;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.sink.SinkException;

/**
 * The last step of the player thread: gain, 16-bit, sink. A sound card sounds as soon as it has
 * frames (JavaSound starts its line on open), so an empty sink is never started on a sliver — a
 * Vorbis stream's first short block, or the tail of a chunk cut at a handoff instant — that would run
 * dry before the next chunk is decoded: such frames are kept until a whole chunk has gathered
 * (decision §50). Every other chunk goes straight through. Player thread only.
 */
final class SinkFeed {
    private final AudioSink sink;
    private final Loudness loudness;
    private final int chunkFrames;
    /** 16-bit audio: the chunk being written, after any frames kept to start an empty sink. */
    private byte[] pcm = new byte[0];
    private int keptFrames;

    SinkFeed(AudioSink sink, Loudness loudness, int chunkFrames) {
        this.sink = sink;
        this.loudness = loudness;
        this.chunkFrames = chunkFrames;
    }

    /** Frames converted but kept back to start an empty sink on; they sound before the next write's. */
    int keptFrames() {
        return keptFrames;
    }

    /** Forgets kept frames (a new track, or a superseded one). */
    void reset() {
        keptFrames = 0;
    }

    /**
     * Applies gain to {@code frames} frames of {@code floats} from {@code offsetFrames} (in place),
     * converts them and writes them with any kept before. When {@code sinkEmpty} and less than a chunk
     * has gathered, keeps them instead and returns false.
     */
    boolean feed(float[] floats, int offsetFrames, int frames, PcmFormat format, float gain, boolean sinkEmpty)
            throws SinkException {
        int channels = format.channels();
        int from = offsetFrames * channels;
        int samples = frames * channels;
        loudness.apply(floats, from, samples, channels, format.sampleRate(), gain);
        if (from != 0) {
            System.arraycopy(floats, from, floats, 0, samples);
        }
        int at = keptFrames * format.bytesPerFrame();
        if (pcm.length < at + samples * 2) {
            // Kept frames stop once a whole chunk has gathered: below two chunks in all.
            byte[] grown = new byte[Math.max(at + samples * 2, 2 * chunkFrames * format.bytesPerFrame())];
            System.arraycopy(pcm, 0, grown, 0, at);
            pcm = grown;
        }
        Pcm16.toLittleEndian(floats, samples, pcm, at);
        keptFrames += frames;
        if (sinkEmpty && keptFrames < chunkFrames) {
            return false;
        }
        return flush(format);
    }

    /** Writes the kept frames (before a format change, or at the end of a track); false if none. */
    boolean flush(PcmFormat format) throws SinkException {
        if (keptFrames == 0) {
            return false;
        }
        int length = keptFrames * format.bytesPerFrame();
        keptFrames = 0;
        sink.write(pcm, 0, length);
        return true;
    }
}
