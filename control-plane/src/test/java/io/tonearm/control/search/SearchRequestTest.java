package io.tonearm.control.search;

import io.tonearm.control.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchRequestTest {

    private final SearchQueryParser parser = new SearchQueryParser();

    @Test
    void defaults_are_limit_20_offset_0() {
        SearchRequest r = SearchRequest.parse(parser, "rain", "track,album", null, null);
        assertThat(r.limit()).isEqualTo(20);
        assertThat(r.offset()).isZero();
        assertThat(r.types()).containsExactlyInAnyOrder(SearchType.TRACK, SearchType.ALBUM);
    }

    @Test
    void every_type_including_playlist_is_accepted_and_duplicates_collapse() {
        assertThat(SearchRequest.parse(parser, "rain", "track,artist,album,playlist,track", "50", "1000").types())
                .hasSize(4);
    }

    @Test
    void bad_types_limits_and_offsets_are_400s() {
        String[][] bad = {{"show", null, null}, {"", null, null}, {"track,", null, null}, {"Track", null, null},
                {"track", "0", null}, {"track", "51", null}, {"track", "-1", null}, {"track", "2e1", null},
                {"track", null, "1001"}, {"track", null, "-5"}, {"track", null, "99999999999"}, {"x".repeat(70), null, null}};
        for (String[] b : bad) {
            assertThatThrownBy(() -> SearchRequest.parse(parser, "rain", b[0], b[1], b[2]))
                    .as(String.join("|", String.valueOf(b[0]), String.valueOf(b[1]), String.valueOf(b[2])))
                    .isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> SearchRequest.parse(parser, "rain", null, null, null))
                .hasMessage("Missing parameter type");
    }
}
