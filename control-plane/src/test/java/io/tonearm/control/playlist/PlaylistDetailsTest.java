package io.tonearm.control.playlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tonearm.control.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

class PlaylistDetailsTest {

    @Test
    void unicode_names_count_characters_not_utf16_units() {
        String emoji = "🎸".repeat(100);
        assertThat(new PlaylistDetails(emoji, "", true, false).name()).isEqualTo(emoji);
        assertThat(new PlaylistDetails("Café — 夜の歌 ♫", "Ünïcödé", true, false).description()).isEqualTo("Ünïcödé");
        assertThatThrownBy(() -> new PlaylistDetails("🎸".repeat(101), "", true, false)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void blank_too_long_control_characters_and_lone_surrogates_are_refused() {
        for (String bad : new String[] {"", "   ", "x".repeat(101), "tab\there", "nul\u0000", "line\nbreak", "\uD83C", "a\uDF38b"}) {
            assertThatThrownBy(() -> new PlaylistDetails(bad, "", true, false)).as(bad).isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> new PlaylistDetails("ok", "d".repeat(301), true, false)).isInstanceOf(InvalidRequestException.class);
        assertThat(new PlaylistDetails("x".repeat(100), "d".repeat(300), false, true).collaborative()).isTrue();
    }

    @Test
    void sql_looking_text_is_just_text() {
        String name = "Robert'); DROP TABLE playlists;--";
        assertThat(new PlaylistDetails(name, "' OR '1'='1", true, false).name()).isEqualTo(name);
    }
}
