package io.tonearm.agent.decode.jorbis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GranuleTrimmerTest {
    private final GranuleTrimmer trimmer = new GranuleTrimmer();

    @Test
    void drops_all_of_the_first_packet_which_only_primes_the_overlap() {
        trimmer.packet(3, -1, false, 96);
        assertThat(trimmer.frontSkip()).isEqualTo(96);
        assertThat(trimmer.endTrim()).isZero();
    }

    @Test
    void cuts_the_end_of_the_last_packet_to_its_granule_position() {
        trimmer.packet(3, -1, false, 0);
        trimmer.packet(4, 1024, false, 1024);
        trimmer.packet(5, 1100, true, 1024);
        assertThat(trimmer.endTrim()).isEqualTo(1024 - 76);
    }

    @Test
    void cuts_the_front_when_the_first_granule_position_is_short_of_the_samples_decoded() {
        trimmer.packet(3, -1, false, 0);
        trimmer.packet(4, -1, false, 1024);
        trimmer.packet(5, 1500, false, 1024);
        assertThat(trimmer.frontSkip()).isEqualTo(548);
    }

    @Test
    void cuts_the_end_not_the_front_when_the_first_page_is_also_the_last() {
        trimmer.packet(3, -1, false, 0);
        trimmer.packet(4, 700, true, 1024);
        assertThat(trimmer.frontSkip()).isZero();
        assertThat(trimmer.endTrim()).isEqualTo(324);
    }

    @Test
    void loses_count_after_a_hole_instead_of_cutting_good_samples() {
        trimmer.packet(3, -1, false, 0);
        trimmer.packet(4, 1024, false, 1024);
        trimmer.packet(9, 9000, false, 1024);
        assertThat(trimmer.frontSkip()).isZero();
        assertThat(trimmer.endTrim()).isZero();
    }
}
