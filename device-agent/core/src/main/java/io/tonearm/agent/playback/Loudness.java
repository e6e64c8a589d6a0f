package io.tonearm.agent.playback;

/**
 * Loudness normalisation: a track's gain (from its stream ticket, in dB, so that tracks play at one
 * loudness) combined with the volume's gain. When the combination can lift peaks over full scale
 * (above unity) the samples pass through a {@link PeakLimiter}; at or below unity they are only
 * scaled, and at exactly unity they pass untouched (bit-exact at full volume and 0 dB). Used by the
 * player thread.
 */
final class Loudness {
    /** Track gains are clamped to this range, whatever the control plane sends. */
    static final double MAX_BOOST_DB = 18;
    static final double MAX_CUT_DB = -30;

    private final PeakLimiter limiter = new PeakLimiter();
    private float trackGain = 1f;

    /** The gain of the track about to play, in dB (0 = as mastered). */
    void setTrackGainDb(double gainDb) {
        trackGain = linear(gainDb);
    }

    static float linear(double gainDb) {
        if (!Double.isFinite(gainDb)) {
            return 1f;
        }
        double clamped = Math.max(MAX_CUT_DB, Math.min(MAX_BOOST_DB, gainDb));
        return (float) Math.pow(10, clamped / 20);
    }

    /** Applies the track's gain times {@code volumeGain} to {@code samples} samples of {@code buf} from {@code from}. */
    void apply(float[] buf, int from, int samples, int channels, int sampleRate, float volumeGain) {
        float g = trackGain * volumeGain;
        if (g > 1f) {
            limiter.process(buf, from, samples, channels, sampleRate, g);
        } else if (g != 1f) {
            for (int i = from; i < from + samples; i++) {
                buf[i] *= g;
            }
        }
    }
}
