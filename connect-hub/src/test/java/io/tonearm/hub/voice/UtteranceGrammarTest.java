package io.tonearm.hub.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.voice.VoiceIntent.Kind;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UtteranceGrammarTest {
    final UtteranceGrammar grammar = new UtteranceGrammar();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "play some jazz in the kitchen          | play            | jazz          | kitchen    | -",
            "Play Glass Skyline                     | play            | glass skyline | -          | -",
            "play something by Neon Harbor on the TV| play            | neon harbor   | tv         | -",
            "Hey Tonearm, play me some Velvet Orchard please| play    | velvet orchard| -          | -",
            "move the music to the car              | transfer        | -             | car        | -",
            "Transfer playback to the Living Room TV| transfer        | -             | living room tv | -",
            "play it in the kitchen                 | transfer        | -             | kitchen    | -",
            "turn it up a bit                       | volume_up       | -             | -          | -",
            "louder                                 | volume_up       | -             | -          | -",
            "turn it down in the car                | volume_down     | -             | car        | -",
            "set the volume to 40 percent           | volume_set      | -             | -          | 40",
            "volume 75%                             | volume_set      | -             | -          | 75",
            "what's playing                         | what_is_playing | -             | -          | -",
            "What’s playing?                        | what_is_playing | -             | -          | -",
            "pause                                  | pause           | -             | -          | -",
            "stop the music in the kitchen          | pause           | -             | kitchen    | -",
            "resume                                 | resume          | -             | -          | -",
            "play                                   | resume          | -             | -          | -",
            "skip this song                         | next            | -             | -          | -",
            "next                                   | next            | -             | -          | -",
            "go back                                | previous        | -             | -          | -",
            "play the previous track                | previous        | -             | -          | -",
    })
    void understands_what_people_say(String said, String kind, String query, String device, Integer volume) {
        VoiceIntent intent = grammar.parse(said).orElseThrow();
        assertThat(intent.kind()).isEqualTo(Kind.fromWireName(kind).orElseThrow());
        assertThat(intent.query()).isEqualTo(Optional.ofNullable(query));
        assertThat(intent.device()).isEqualTo(Optional.ofNullable(device));
        assertThat(intent.volumePercent()).isEqualTo(Optional.ofNullable(volume));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "make me a sandwich", "volume to 250", "🎵🎵🎵", "DROP TABLE devices;",
            "what is the meaning of life", "move to"})
    void does_not_pretend_to_understand(String said) {
        assertThat(grammar.parse(said)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 10_000, 1_000_000})
    void refuses_very_long_utterances_quickly(int length) {
        assertThat(grammar.parse("play " + "a".repeat(length))).isEmpty();
    }
}
