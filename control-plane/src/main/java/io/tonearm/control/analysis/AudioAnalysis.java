package io.tonearm.control.analysis;

import java.util.OptionalDouble;

/**
 * What ingestion measures on a track's decoded PCM.
 *
 * @param durationMs   length of the decoded audio
 * @param loudnessLufs integrated loudness (BS.1770-4)
 * @param gainDb       gain to reach {@link #TARGET_LUFS}: {@code TARGET_LUFS - loudnessLufs}
 * @param samplePeak   largest absolute sample, linear (1.0 is full scale)
 * @param tempoBpm     estimated tempo, empty when the audio has no regular onsets
 * @param energy       0..1 ({@link EnergyEstimator})
 */
public record AudioAnalysis(long durationMs, double loudnessLufs, double gainDb, double samplePeak,
                            OptionalDouble tempoBpm, double energy) {

    /** Playback reference loudness, as Spotify's default normalisation uses. */
    public static final double TARGET_LUFS = -14.0;

    public AudioAnalysis {
        if (durationMs <= 0 || !Double.isFinite(loudnessLufs) || !Double.isFinite(gainDb)
                || !(samplePeak > 0) || !Double.isFinite(samplePeak) || !(energy >= 0 && energy <= 1)) {
            throw new IllegalArgumentException("analysis values out of range");
        }
        if (tempoBpm == null) {
            throw new IllegalArgumentException("tempo must not be null");
        }
    }

    /**
     * Measures {@code pcm}.
     *
     * @throws SilentAudioException when it holds no frames or nothing above the −70 LUFS gate
     */
    public static AudioAnalysis of(Pcm pcm) {
        if (pcm.frames() == 0) {
            throw new SilentAudioException("the audio decodes to no samples");
        }
        OptionalDouble lufs = LoudnessMeter.integrated(pcm);
        double peak = pcm.samplePeak();
        if (lufs.isEmpty() || peak == 0) {
            throw new SilentAudioException(pcm.frames() < pcm.sampleRate() * 0.4
                    ? "the audio is shorter than 400 ms, too short to measure loudness"
                    : "the audio is silent (nothing above -70 LUFS)");
        }
        OnsetEnvelope.Envelope envelope = OnsetEnvelope.of(pcm.mono(), pcm.sampleRate());
        double loudness = lufs.getAsDouble();
        double gain = Math.max(-60, Math.min(60, TARGET_LUFS - loudness));
        return new AudioAnalysis(pcm.durationMs(), loudness, gain, peak, TempoEstimator.bpm(envelope),
                EnergyEstimator.energy(loudness, envelope));
    }
}
