package io.tonearm.agent.playback;

/**
 * Software volume on a logarithmic curve: 100 is unity (samples pass bit-exact), each step below
 * takes {@value #RANGE_DB}/100 dB off, and 0 is silence.
 */
public final class Volume {
    /** The span from volume 1 to volume 100, in dB. */
    public static final double RANGE_DB = 50.0;

    private Volume() {
    }

    public static float gain(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("volume must be 0-100: " + percent);
        }
        if (percent == 100) {
            return 1f;
        }
        if (percent == 0) {
            return 0f;
        }
        return (float) Math.pow(10, RANGE_DB * (percent - 100) / 100.0 / 20.0);
    }
}
