package io.tonearm.agent.decode.jorbis;

import io.tonearm.agent.audio.Pcm16;
import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodedAudio;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** A whole stream decoded to 16-bit PCM in Vorbis order, link by link at each format change. */
record Decoded(List<PcmFormat> formats, List<Long> frames, byte[] pcm) {

    static Decoded of(byte[] ogg) throws DecodeException {
        List<PcmFormat> formats = new ArrayList<>();
        List<Long> frames = new ArrayList<>();
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        try (DecodedAudio audio = new VorbisDecoder().open(new ByteArrayInputStream(ogg))) {
            formats.add(audio.format());
            frames.add(0L);
            float[] samples = new float[1024 * 8];
            byte[] bytes = new byte[samples.length * 2];
            for (int n = audio.read(samples, 1000); n != DecodedAudio.END; n = audio.read(samples, 1000)) {
                if (n == DecodedAudio.FORMAT_CHANGED) {
                    formats.add(audio.format());
                    frames.add(0L);
                    continue;
                }
                int channels = audio.format().channels();
                Pcm16.toLittleEndian(samples, n * channels, bytes, 0);
                pcm.write(bytes, 0, n * channels * 2);
                frames.set(frames.size() - 1, frames.get(frames.size() - 1) + n);
            }
        }
        return new Decoded(List.copyOf(formats), List.copyOf(frames), pcm.toByteArray());
    }

    long totalFrames() {
        return frames.stream().mapToLong(Long::longValue).sum();
    }

    /** Signal-to-noise ratio of {@code test} against {@code reference} (16-bit LE), in dB. */
    static double snrDb(byte[] reference, byte[] test) {
        double signal = 0;
        double noise = 0;
        for (int i = 0; i + 1 < reference.length; i += 2) {
            double r = (short) ((reference[i] & 0xff) | reference[i + 1] << 8);
            double t = (short) ((test[i] & 0xff) | test[i + 1] << 8);
            signal += r * r;
            noise += (r - t) * (r - t);
        }
        return noise == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(signal / noise);
    }
}
