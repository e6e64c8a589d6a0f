package io.tonearm.control.analysis;

/**
 * Energy, a 0..1 "intensity" in the spirit of Spotify's audio feature, from two measured
 * quantities, equally weighted:
 * <ul>
 *   <li>loudness: integrated loudness mapped linearly from −30 LUFS (0) to −6 LUFS (1);</li>
 *   <li>activity: the mean onset strength per envelope frame (how much new sound keeps
 *       arriving), mapped linearly from {@link #NO_ACTIVITY} (0) to {@link #FULL_ACTIVITY} (1).</li>
 * </ul>
 * Both clamped to 0..1. A quiet held pad scores low, a loud dense mix high. Calibrated on the
 * sample pack (decoded 320 kbit/s files): its synth-pop measures about 0.70, its ambient strings
 * 0.54 and its lo-fi keys 0.43 (docs/notes/ingest.md).
 */
public final class EnergyEstimator {

    static final double QUIET_LUFS = -30;
    static final double LOUD_LUFS = -6;
    static final double NO_ACTIVITY = 40;
    static final double FULL_ACTIVITY = 160;

    private EnergyEstimator() {
    }

    public static double energy(double integratedLufs, OnsetEnvelope.Envelope envelope) {
        double loudness = clamp((integratedLufs - QUIET_LUFS) / (LOUD_LUFS - QUIET_LUFS));
        double sum = 0;
        for (double v : envelope.strength()) {
            sum += v;
        }
        double activity = envelope.strength().length == 0 ? 0
                : clamp((sum / envelope.strength().length - NO_ACTIVITY) / (FULL_ACTIVITY - NO_ACTIVITY));
        return clamp(0.5 * loudness + 0.5 * activity);
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }
}
