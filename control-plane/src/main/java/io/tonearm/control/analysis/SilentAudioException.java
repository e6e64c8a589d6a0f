package io.tonearm.control.analysis;

/** The audio holds nothing to measure (no samples, shorter than one loudness block, or silence). */
public final class SilentAudioException extends RuntimeException {

    public SilentAudioException(String message) {
        super(message);
    }
}
