package io.tonearm.agent.playback;

import io.tonearm.agent.decode.AudioDecoder;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.time.TimeSource;

/**
 * The decoder and sink a player drives, the chunk size it moves audio in, how long before a track
 * ends the next one is prepared for gapless playback (0: only once the current track has been read
 * to its end, which still leaves no gap in the samples but may in time), and its clock.
 */
public record PlayerParts(AudioDecoder decoder, AudioSink sink, int chunkFrames, int gaplessLeadMs, TimeSource time) {
    public static final int DEFAULT_GAPLESS_LEAD_MS = 5000;

    public PlayerParts {
        if (decoder == null || sink == null || time == null) {
            throw new IllegalArgumentException("decoder, sink and time are required");
        }
        if (chunkFrames < 64 || chunkFrames > 65536) {
            throw new IllegalArgumentException("chunk must be 64-65536 frames: " + chunkFrames);
        }
        if (gaplessLeadMs < 0 || gaplessLeadMs > 30_000) {
            throw new IllegalArgumentException("gapless lead must be 0-30000 ms: " + gaplessLeadMs);
        }
    }

    public PlayerParts(AudioDecoder decoder, AudioSink sink, int chunkFrames, int gaplessLeadMs) {
        this(decoder, sink, chunkFrames, gaplessLeadMs, TimeSource.SYSTEM);
    }

    public PlayerParts(AudioDecoder decoder, AudioSink sink, int chunkFrames) {
        this(decoder, sink, chunkFrames, DEFAULT_GAPLESS_LEAD_MS);
    }
}
