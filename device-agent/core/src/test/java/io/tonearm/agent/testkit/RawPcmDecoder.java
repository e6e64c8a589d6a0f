package io.tonearm.agent.testkit;

import io.tonearm.agent.audio.PcmFormat;
import io.tonearm.agent.decode.AudioDecoder;
import io.tonearm.agent.decode.DecodeException;
import io.tonearm.agent.decode.DecodedAudio;
import java.io.IOException;
import java.io.InputStream;

/**
 * A decoder for tests whose "encoding" is raw s16le PCM in a fixed format, so every sample that
 * reaches a sink can be compared with the bytes that went in. An empty stream is NOT_OGG.
 */
public final class RawPcmDecoder implements AudioDecoder {
    private final PcmFormat format;

    public RawPcmDecoder(PcmFormat format) {
        this.format = format;
    }

    @Override
    public DecodedAudio open(InputStream in) throws DecodeException {
        return new DecodedAudio() {
            private final byte[] buf = new byte[8192];

            @Override
            public PcmFormat format() {
                return format;
            }

            @Override
            public int read(float[] dst, int maxFrames) throws DecodeException {
                int want = Math.min(maxFrames * format.bytesPerFrame(), buf.length - buf.length % format.bytesPerFrame());
                int got;
                try {
                    got = in.readNBytes(buf, 0, want);
                } catch (IOException e) {
                    throw new DecodeException(DecodeException.Problem.IO, e.getMessage(), e);
                }
                if (got == 0) {
                    return END;
                }
                int samples = got / 2;
                for (int i = 0; i < samples; i++) {
                    dst[i] = (short) ((buf[2 * i] & 0xff) | (buf[2 * i + 1] << 8)) / 32768f;
                }
                return samples / format.channels();
            }

            @Override
            public void close() {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // test input
                }
            }
        };
    }

    /** A recognisable signal: a ramp that differs on every sample and channel. */
    public static byte[] ramp(int frames, int channels, int seed) {
        byte[] out = new byte[frames * channels * 2];
        for (int i = 0; i < frames * channels; i++) {
            short s = (short) ((i * 7 + seed * 1000) % 60000 - 30000);
            out[2 * i] = (byte) s;
            out[2 * i + 1] = (byte) (s >> 8);
        }
        return out;
    }
}
