package io.tonearm.agent.audio;

/**
 * The shape of decoded audio: frames per second and samples per frame. Sinks always receive signed
 * 16-bit little-endian interleaved samples in this shape.
 */
public record PcmFormat(int sampleRate, int channels) {
    public static final int BYTES_PER_SAMPLE = 2;

    public PcmFormat {
        if (sampleRate < 1000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("sample rate out of range: " + sampleRate);
        }
        if (channels < 1 || channels > 255) {
            throw new IllegalArgumentException("channel count out of range: " + channels);
        }
    }

    public int bytesPerFrame() {
        return channels * BYTES_PER_SAMPLE;
    }

    public long framesToMillis(long frames) {
        return frames * 1000 / sampleRate;
    }

    public long millisToFrames(long millis) {
        return millis * sampleRate / 1000;
    }

    @Override
    public String toString() {
        return sampleRate + " Hz, " + channels + (channels == 1 ? " channel" : " channels");
    }
}
