package io.tonearm.control.analysis;

/**
 * Decoded audio as the analysers take it: one float array per channel, samples in [-1, 1]
 * (integer PCM divided by its full scale), all channels the same length.
 *
 * @param sampleRate frames per second, 8 000 to 192 000
 * @param channels   the samples, {@code channels[c][frame]}; 1 to 8 channels
 */
public record Pcm(int sampleRate, float[][] channels) {

    public Pcm {
        if (sampleRate < 8_000 || sampleRate > 192_000) {
            throw new IllegalArgumentException("sample rate must be 8000 to 192000: " + sampleRate);
        }
        if (channels == null || channels.length < 1 || channels.length > 8) {
            throw new IllegalArgumentException("PCM needs 1 to 8 channels");
        }
        for (float[] channel : channels) {
            if (channel == null || channel.length != channels[0].length) {
                throw new IllegalArgumentException("every channel must hold the same number of frames");
            }
        }
    }

    public int frames() {
        return channels[0].length;
    }

    public int channelCount() {
        return channels.length;
    }

    public long durationMs() {
        return Math.round(frames() * 1000.0 / sampleRate);
    }

    /** The largest absolute sample value over all channels (the linear sample peak). */
    public double samplePeak() {
        float peak = 0;
        for (float[] channel : channels) {
            for (float s : channel) {
                peak = Math.max(peak, Math.abs(s));
            }
        }
        return peak;
    }

    /** The channels averaged into one. */
    public float[] mono() {
        int n = frames();
        float[] mono = new float[n];
        for (float[] channel : channels) {
            for (int i = 0; i < n; i++) {
                mono[i] += channel[i];
            }
        }
        float scale = 1f / channels.length;
        for (int i = 0; i < n; i++) {
            mono[i] *= scale;
        }
        return mono;
    }
}
