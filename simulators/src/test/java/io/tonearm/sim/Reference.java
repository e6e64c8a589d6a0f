package io.tonearm.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tonearm.agent.audio.Pcm16;
import io.tonearm.agent.decode.DecodedAudio;
import io.tonearm.agent.decode.jorbis.VorbisDecoder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** The sample pack's tracks decoded straight from their files: what a device's sink should receive. */
final class Reference {
    static final Path HOME = Path.of("").toAbsolutePath().getParent();

    private Reference() {
    }

    /** The sample-pack file of {@code trackId} at {@code kbps}. */
    static Path file(String trackId, int kbps) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(HOME.resolve("samples/manifest.json").toFile());
        for (JsonNode t : manifest.path("tracks")) {
            if (t.path("id").asText().equals(trackId)) {
                return HOME.resolve("samples").resolve(t.path("qualities").path(String.valueOf(kbps)).path("file").asText());
            }
        }
        throw new AssertionError("no track " + trackId + " in the sample pack");
    }

    /** Interleaved 16-bit samples of the whole file, decoded by the agent's decoder. */
    static short[] decode(Path file) throws Exception {
        return decode(file, 1f);
    }

    /**
     * The whole file decoded by the agent's decoder and scaled by {@code gain} (at most 1: above, the
     * agent limits peaks) in float before rounding to 16 bits, as the agent applies a track's
     * loudness gain at full volume.
     */
    static short[] decode(Path file, float gain) throws Exception {
        if (!(gain > 0 && gain <= 1)) {
            throw new IllegalArgumentException("a gain in (0, 1] is applied by scaling alone: " + gain);
        }
        short[] out = new short[1 << 20];
        int n = 0;
        try (InputStream in = Files.newInputStream(file); DecodedAudio audio = new VorbisDecoder().open(in)) {
            float[] buf = new float[4096 * audio.format().channels()];
            int frames;
            while ((frames = audio.read(buf, 4096)) != DecodedAudio.END) {
                if (frames == DecodedAudio.FORMAT_CHANGED) {
                    continue;
                }
                int samples = frames * audio.format().channels();
                if (n + samples > out.length) {
                    out = Arrays.copyOf(out, Math.max(out.length * 2, n + samples));
                }
                for (int i = 0; i < samples; i++) {
                    out[n++] = Pcm16.toShort(gain == 1f ? buf[i] : buf[i] * gain);
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** A track gain in dB as a linear factor, as the agent computes it (clamped to -30..+18 dB). */
    static float linear(double gainDb) {
        return (float) Math.pow(10, Math.max(-30, Math.min(18, gainDb)) / 20);
    }

    /** Index of the first sample where {@code got} differs from {@code want}, or -1 if it is a prefix of it. */
    static int firstDifference(short[] got, short[] want) {
        if (got.length > want.length) {
            return want.length;
        }
        for (int i = 0; i < got.length; i++) {
            if (got[i] != want[i]) {
                return i;
            }
        }
        return -1;
    }
}
