package io.tonearm.hub.voice;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the assistant says back: {@code speech} for people, {@code outcome} for the assistant's
 * logic — {@code done}, {@code not_understood}, {@code unknown_device}, {@code ambiguous_device},
 * {@code nothing_found} or {@code failed}.
 */
@Serdeable
public record VoiceAnswer(String speech, String outcome) {

    static VoiceAnswer done(String speech) {
        return new VoiceAnswer(speech, "done");
    }

    static VoiceAnswer of(String outcome, String speech) {
        return new VoiceAnswer(speech, outcome);
    }
}
