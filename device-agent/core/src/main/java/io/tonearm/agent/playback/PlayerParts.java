package io.tonearm.agent.playback;

import io.tonearm.agent.decode.AudioDecoder;
import io.tonearm.agent.sink.AudioSink;

/** The decoder and sink a player drives, and the chunk size it moves audio in. */
public record PlayerParts(AudioDecoder decoder, AudioSink sink, int chunkFrames) {
    public PlayerParts {
        if (decoder == null || sink == null) {
            throw new IllegalArgumentException("decoder and sink are required");
        }
        if (chunkFrames < 64 || chunkFrames > 65536) {
            throw new IllegalArgumentException("chunk must be 64-65536 frames: " + chunkFrames);
        }
    }
}
