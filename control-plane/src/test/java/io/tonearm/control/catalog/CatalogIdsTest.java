package io.tonearm.control.catalog;

import io.tonearm.control.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogIdsTest {

    @Test
    void keeps_order_and_duplicates() {
        assertThat(CatalogIds.trackIds("b,a,b").stream().map(TrackId::value).collect(Collectors.toList()))
                .containsExactly("b", "a", "b");
    }

    @Test
    void accepts_fifty_and_rejects_fifty_one_even_when_short() {
        assertThat(CatalogIds.trackIds(String.join(",", Collections.nCopies(50, "x")))).hasSize(50);
        assertThatThrownBy(() -> CatalogIds.trackIds(String.join(",", Collections.nCopies(51, "x"))))
                .isInstanceOf(InvalidRequestException.class).hasMessage("ids may list at most 50 track ids");
    }

    @Test
    void rejects_a_huge_value_before_splitting_it() {
        assertThatThrownBy(() -> CatalogIds.trackIds("a".repeat(100_000)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("ids may list at most 50 track ids");
    }

    @Test
    void rejects_empty_lists_entries_and_off_pattern_ids() {
        String[] bad = {",", "a,", ",a", "a,,b", " a", "a b", "é", "a;b", "tonearm:track:a", "a".repeat(65)};
        for (String raw : bad) {
            assertThatThrownBy(() -> CatalogIds.trackIds(raw)).as(raw).isInstanceOf(InvalidRequestException.class)
                    .hasMessage("Invalid track id");
        }
        assertThatThrownBy(() -> CatalogIds.trackIds("")).hasMessage("ids must list 1 to 50 track ids");
        assertThatThrownBy(() -> CatalogIds.trackIds(null)).hasMessage("ids must list 1 to 50 track ids");
    }

    @Test
    void album_and_artist_ids_follow_the_track_id_pattern_with_their_own_message() {
        assertThat(CatalogIds.albumId("first-light")).isEqualTo("first-light");
        assertThat(CatalogIds.artistId("A_1")).isEqualTo("A_1");
        assertThatThrownBy(() -> CatalogIds.albumId("x'--")).hasMessage("Invalid album id");
        assertThatThrownBy(() -> CatalogIds.artistId("")).hasMessage("Invalid artist id");
        assertThatThrownBy(() -> CatalogIds.artistId(null)).hasMessage("Invalid artist id");
        assertThatThrownBy(() -> CatalogIds.albumId("a".repeat(65))).hasMessage("Invalid album id");
    }
}
