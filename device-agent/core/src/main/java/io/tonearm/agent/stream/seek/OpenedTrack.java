package io.tonearm.agent.stream.seek;

import io.tonearm.agent.decode.DecodedAudio;
import io.tonearm.agent.stream.AudioSource;

/**
 * A track opened for playback: its source, the decoder reading it, and the frame the decoder's
 * first output has in the track ({@code 0} when decoding started at the beginning and the caller
 * must still drop up to its start position).
 */
public record OpenedTrack(AudioSource source, DecodedAudio audio, long firstFrame) {
    public OpenedTrack {
        if (source == null || audio == null || firstFrame < 0) {
            throw new IllegalArgumentException("source and audio are required and the first frame not negative");
        }
    }

    /** Closes the decoder and the source (any thread; unblocks a read in progress). */
    public void close() {
        source.close();
        audio.close();
    }
}
