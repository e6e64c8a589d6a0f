package io.tonearm.control.ingest;

import io.tonearm.control.catalog.Quality;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RungFormatTest {

    @Test
    void the_lowest_rung_is_22k_mono_whatever_the_source() {
        for (int[] s : new int[][]{{8000, 1}, {22050, 1}, {44100, 2}, {48000, 2}, {96000, 6}}) {
            assertThat(RungFormat.of(Quality.KBPS_24, s[0], s[1])).isEqualTo(new RungFormat(22050, 1));
        }
    }

    @Test
    void cd_and_48k_sources_keep_their_rate_and_mono_becomes_stereo() {
        for (Quality q : new Quality[]{Quality.KBPS_96, Quality.KBPS_160, Quality.KBPS_320}) {
            assertThat(RungFormat.of(q, 44100, 2)).isEqualTo(new RungFormat(44100, 2));
            assertThat(RungFormat.of(q, 48000, 2)).isEqualTo(new RungFormat(48000, 2));
            assertThat(RungFormat.of(q, 44100, 1)).isEqualTo(new RungFormat(44100, 2));
            assertThat(RungFormat.of(q, 48000, 6)).isEqualTo(new RungFormat(48000, 6));
        }
    }

    @Test
    void other_rates_go_to_44k_or_to_48k_from_its_multiples() {
        assertThat(RungFormat.of(Quality.KBPS_320, 22050, 1)).isEqualTo(new RungFormat(44100, 2));
        assertThat(RungFormat.of(Quality.KBPS_96, 8000, 1)).isEqualTo(new RungFormat(44100, 2));
        assertThat(RungFormat.of(Quality.KBPS_160, 32000, 2)).isEqualTo(new RungFormat(44100, 2));
        assertThat(RungFormat.of(Quality.KBPS_320, 88200, 2)).isEqualTo(new RungFormat(44100, 2));
        assertThat(RungFormat.of(Quality.KBPS_320, 96000, 2)).isEqualTo(new RungFormat(48000, 2));
        assertThat(RungFormat.of(Quality.KBPS_320, 192000, 2)).isEqualTo(new RungFormat(48000, 2));
    }

    @Test
    void nonsense_formats_are_refused() {
        assertThatThrownBy(() -> RungFormat.of(Quality.KBPS_96, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RungFormat.of(Quality.KBPS_96, 44100, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RungFormat(44100, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RungFormat(4000, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
