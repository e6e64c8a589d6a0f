package io.tonearm.control.ingest;

import io.tonearm.control.analysis.Pcm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The WAV files the encoders read, one per channel count the ladder needs, written on first use
 * into the staging directory: the source as decoded, a mono mix (the mean of the channels) or a
 * stereo copy of a mono source (the channel on both sides). Channels are mixed here, exactly and the
 * same for both encoders; sample rates are changed by the encoder ({@code oggenc --resample},
 * {@code ffmpeg -ar}). Not thread-safe: one per ingestion.
 */
final class EncoderInputs {

    private final Pcm source;
    private final Path dir;
    private final Map<Integer, Path> written = new HashMap<>();

    EncoderInputs(Pcm source, Path dir) {
        this.source = source;
        this.dir = dir;
    }

    int sourceRate() {
        return source.sampleRate();
    }

    int channels() {
        return source.channelCount();
    }

    /** The source's audio with {@code channels} channels, as a WAV file at the source rate. */
    Path withChannels(int channels) throws IOException {
        Path done = written.get(channels);
        if (done != null) {
            return done;
        }
        Path file = dir.resolve("encoder-input-" + channels + "ch.wav");
        FloatWav.write(remix(source, channels), file);
        written.put(channels, file);
        return file;
    }

    static Pcm remix(Pcm pcm, int channels) {
        int have = pcm.channelCount();
        if (have == channels) {
            return pcm;
        }
        float[][] out = new float[channels][];
        if (channels == 1) {
            out[0] = pcm.mono();
        } else if (have == 1) {
            for (int c = 0; c < channels; c++) {
                out[c] = pcm.channels()[0];
            }
        } else {
            throw new IllegalArgumentException("cannot remix " + have + " channels to " + channels);
        }
        return new Pcm(pcm.sampleRate(), out);
    }
}
