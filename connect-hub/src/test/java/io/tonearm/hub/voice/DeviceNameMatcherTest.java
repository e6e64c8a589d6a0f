package io.tonearm.hub.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.voice.DeviceNameMatcher.Candidate;
import io.tonearm.hub.voice.DeviceNameMatcher.Match;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceNameMatcherTest {
    static final Candidate KITCHEN = new Candidate("kitchen-speaker", "Kitchen Speaker");
    static final Candidate CAR = new Candidate("family-car", "Family Car");
    static final Candidate TV = new Candidate("living-room-tv", "Living Room TV");
    static final List<Candidate> DEVICES = List.of(KITCHEN, CAR, TV);

    @ParameterizedTest
    @ValueSource(strings = {"Kitchen Speaker", "kitchen speaker", "KITCHEN", "the kitchen", "kitchenspeaker",
            "kitchen-speaker", "kitchn", "kichten", "Kítchen"})
    void finds_the_kitchen_however_it_is_said(String said) {
        assertThat(DeviceNameMatcher.match(said, DEVICES)).isEqualTo(new Match.Found(KITCHEN));
    }

    @Test
    void one_word_of_a_name_is_enough_and_short_words_forgive_one_typo() {
        assertThat(DeviceNameMatcher.match("car", DEVICES)).isEqualTo(new Match.Found(CAR));
        assertThat(DeviceNameMatcher.match("cat", DEVICES)).isEqualTo(new Match.Found(CAR));
        assertThat(DeviceNameMatcher.match("living room", DEVICES)).isEqualTo(new Match.Found(TV));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garage", "bathroom", "", "   ", "x", "the"})
    void does_not_guess_a_device_nobody_named(String said) {
        assertThat(DeviceNameMatcher.match(said, DEVICES)).isEqualTo(new Match.NotFound());
    }

    @Test
    void asks_when_two_devices_fit_equally() {
        Candidate radio = new Candidate("kitchen-radio", "Kitchen Radio");
        Match m = DeviceNameMatcher.match("kitchen", List.of(KITCHEN, radio, CAR));
        assertThat(m).isInstanceOf(Match.Ambiguous.class);
        assertThat(((Match.Ambiguous) m).devices()).containsExactlyInAnyOrder(KITCHEN, radio);
    }

    @Test
    void the_distance_counts_a_swap_as_one_edit() {
        assertThat(DeviceNameMatcher.damerauLevenshtein("kitchen", "kitchen")).isZero();
        assertThat(DeviceNameMatcher.damerauLevenshtein("kitchen", "kitchne")).isEqualTo(1);
        assertThat(DeviceNameMatcher.damerauLevenshtein("car", "cart")).isEqualTo(1);
    }
}
