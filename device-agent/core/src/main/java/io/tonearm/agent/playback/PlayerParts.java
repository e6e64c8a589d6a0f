package io.tonearm.agent.playback;

import io.tonearm.agent.decode.AudioDecoder;
import io.tonearm.agent.sink.AudioSink;

/**
 * The decoder and sink a player drives, the chunk size it moves audio in, and how long before a
 * track ends the next one is prepared for gapless playback (0: only once the current track has
 * been read to its end, which still leaves no gap in the samples but may in time).
 */
public record PlayerParts(AudioDecoder decoder, AudioSink sink, int chunkFrames, int gaplessLeadMs) {
    public static final int DEFAULT_GAPLESS_LEAD_MS = 5000;

    public PlayerParts {
        if (decoder == null || sink == null) {
            throw new IllegalArgumentException("decoder and sink are required");
        }
        if (chunkFrames < 64 || chunkFrames > 65536) {
            throw new IllegalArgumentException("chunk must be 64-65536 frames: " + chunkFrames);
        }
        if (gaplessLeadMs < 0 || gaplessLeadMs > 30_000) {
            throw new IllegalArgumentException("gapless lead must be 0-30000 ms: " + gaplessLeadMs);
        }
    }

    public PlayerParts(AudioDecoder decoder, AudioSink sink, int chunkFrames) {
        this(decoder, sink, chunkFrames, DEFAULT_GAPLESS_LEAD_MS);
    }
}
