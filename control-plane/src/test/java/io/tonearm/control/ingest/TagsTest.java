package io.tonearm.control.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TagsTest {

    @Test
    void text_loses_control_characters_and_extra_space_and_blank_is_absent() {
        assertThat(Tags.text("  Night\u0000 \tFerry\r\n")).hasValue("Night Ferry");
        assertThat(Tags.text("\u202eevil\u202c")).hasValue("evil");
        assertThat(Tags.text(" \u0007 ")).isEmpty();
        assertThat(Tags.text(null)).isEmpty();
    }

    @Test
    void long_text_is_cut_to_256_characters_without_splitting_a_surrogate_pair() {
        String emoji = "🎵".repeat(300); // 600 UTF-16 units
        String cut = Tags.text(emoji).orElseThrow();
        assertThat(cut.length()).isLessThanOrEqualTo(256);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
        assertThat(Tags.text("x".repeat(1000)).orElseThrow()).hasSize(256);
    }

    @Test
    void years_come_from_dates_and_track_numbers_from_n_or_n_of_m() {
        assertThat(Tags.year("2019-05-01")).hasValue(2019);
        assertThat(Tags.year("May 1987")).hasValue(1987);
        assertThat(Tags.year("19")).isEmpty();
        assertThat(Tags.year("0999")).isEmpty();
        assertThat(Tags.year("123456")).isEmpty();
        assertThat(Tags.track("4/9")).hasValue(4);
        assertThat(Tags.track(" 007 ")).hasValue(7);
        assertThat(Tags.track("0")).isEmpty();
        assertThat(Tags.track("1000")).isEmpty();
        assertThat(Tags.track("A1")).isEmpty();
        assertThat(Tags.track("99999999999999999999")).isEmpty();
    }

    @Test
    void a_submitted_file_name_becomes_a_bare_name_and_never_a_path() {
        assertThat(SourceName.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SourceName.clean("C:\\music\\..\\song.flac")).isEqualTo("song.flac");
        assertThat(SourceName.clean("..")).isEqualTo("upload");
        assertThat(SourceName.clean("dir/")).isEqualTo("upload");
        assertThat(SourceName.clean(null)).isEqualTo("upload");
        assertThat(SourceName.stem("song.flac")).isEqualTo("song");
        assertThat(SourceName.stem(".hidden")).isEqualTo(".hidden");
    }
}
