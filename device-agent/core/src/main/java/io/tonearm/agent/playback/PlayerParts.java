package io.tonearm.agent.playback;

import io.tonearm.agent.decode.AudioDecoder;
import io.tonearm.agent.sink.AudioSink;
import io.tonearm.agent.time.TimeSource;

/** The decoder and sink a player drives, the chunk size it moves audio in, and its clock. */
public record PlayerParts(AudioDecoder decoder, AudioSink sink, int chunkFrames, TimeSource time) {

    public PlayerParts(AudioDecoder decoder, AudioSink sink, int chunkFrames) {
        this(decoder, sink, chunkFrames, TimeSource.SYSTEM);
    }

    public PlayerParts {
        if (decoder == null || sink == null || time == null) {
            throw new IllegalArgumentException("decoder, sink and time are required");
        }
        if (chunkFrames < 64 || chunkFrames > 65536) {
            throw new IllegalArgumentException("chunk must be 64-65536 frames: " + chunkFrames);
        }
    }
}
