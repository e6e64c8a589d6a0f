package io.tonearm.control.analysis;

/**
 * Energy, a 0..1 "intensity" in the spirit of Spotify's audio feature, from two measured
 * quantities, equally weighted:
 * <ul>
 *   <li>loudness: integrated loudness mapped linearly from −40 LUFS (0) to −6 LUFS (1);</li>
 *   <li>activity: the mean onset strength per envelope frame (how much new sound keeps
 *       arriving), mapped linearly from 0 to {@link #FULL_ACTIVITY} and clamped.</li>
 * </ul>
 * A quiet held pad scores low, a loud dense mix high. The constants were set so that the sample
 * pack's ambient tracks land near 0.3 and its synth-pop near 0.7 (see docs/notes/ingest.md).
 */
public final class EnergyEstimator {

    static final double QUIET_LUFS = -40;
    static final double LOUD_LUFS = -6;
    static final double FULL_ACTIVITY = 40;

    private EnergyEstimator() {
    }

    public static double energy(double integratedLufs, OnsetEnvelope.Envelope envelope) {
        double loudness = clamp((integratedLufs - QUIET_LUFS) / (LOUD_LUFS - QUIET_LUFS));
        double sum = 0;
        for (double v : envelope.strength()) {
            sum += v;
        }
        double activity = envelope.strength().length == 0 ? 0
                : clamp(sum / envelope.strength().length / FULL_ACTIVITY);
        return clamp(0.5 * loudness + 0.5 * activity);
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }
}
