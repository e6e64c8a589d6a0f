package io.tonearm.agent.playback;

/**
 * A peak limiter on the float path: instant attack, smooth exponential release, linked across
 * channels so the stereo image stays put. The gain applied to a frame never lets its largest sample
 * exceed {@link #CEILING}, so nothing clips in the conversion to 16 bits, and because the gain
 * recovers slowly (release {@value #RELEASE_MS} ms) a loud steady tone comes out as the same tone,
 * quieter — not squared off as a hard clip would make it. Used by one thread.
 */
final class PeakLimiter {
    /** The largest magnitude the limiter lets through: -0.1 dBFS. */
    static final float CEILING = 0.9886f;
    static final double RELEASE_MS = 150;

    private float envelope = 1f;
    private float releaseCoefficient = 0f;
    private int rate;

    /**
     * Multiplies {@code samples} interleaved samples of {@code buf} from {@code from} by {@code gain}
     * and limits the result.
     */
    void process(float[] buf, int from, int samples, int channels, int sampleRate, float gain) {
        if (sampleRate != rate) {
            rate = sampleRate;
            releaseCoefficient = (float) (1 - Math.exp(-1000.0 / (RELEASE_MS * sampleRate)));
        }
        float env = envelope;
        float release = releaseCoefficient;
        int end = from + samples;
        for (int frame = from; frame < end; frame += channels) {
            float peak = 0f;
            for (int c = frame; c < frame + channels; c++) {
                peak = Math.max(peak, Math.abs(buf[c] * gain));
            }
            env += (1f - env) * release;
            if (peak * env > CEILING) {
                env = CEILING / peak;
            }
            float g = gain * env;
            for (int c = frame; c < frame + channels; c++) {
                buf[c] *= g;
            }
        }
        envelope = env;
    }

    /** The gain reduction now applied (1 = none). */
    float envelope() {
        return envelope;
    }
}
