package io.tonearm.control.search;

import io.tonearm.control.error.InvalidRequestException;
import io.tonearm.control.search.SearchQuery.YearRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchQueryParserTest {

    private final SearchQueryParser parser = new SearchQueryParser();

    @Test
    void free_text_is_cut_into_folded_lower_case_words() {
        SearchQuery q = parser.parse("Motörhead  ACE of Spades ");
        assertThat(q.words()).containsExactly("motorhead", "ace", "of", "spades");
        assertThat(q.prefixLast()).isFalse();
    }

    @Test
    void the_last_word_is_a_prefix_while_it_is_being_typed() {
        assertThat(parser.parse("glass sky").prefixLast()).isTrue();
        assertThat(parser.parse("glass sky ").prefixLast()).isFalse();
        assertThat(parser.parse("glass artist:neon").prefixLast()).isFalse();
    }

    @Test
    void diacritics_and_ligatures_fold_to_ascii() {
        assertThat(parser.parse("Beyoncé Sigur Rós Ágætis Dvořák straße").words())
                .containsExactly("beyonce", "sigur", "ros", "agaetis", "dvorak", "strasse");
    }

    @Test
    void field_filters_take_a_word_or_a_quoted_phrase() {
        SearchQuery q = parser.parse("love artist:\"The Beatles\" album:Help! track:yesterday year:1965");
        assertThat(q.words()).containsExactly("love");
        assertThat(q.artistWords()).containsExactly("the", "beatles");
        assertThat(q.albumWords()).containsExactly("help");
        assertThat(q.nameWords()).containsExactly("yesterday");
        assertThat(q.years()).contains(new YearRange(1965, 1965));
    }

    @Test
    void field_names_are_case_insensitive_and_only_count_at_a_word_start() {
        assertThat(parser.parse("ARTIST:nirvana").artistWords()).containsExactly("nirvana");
        SearchQuery q = parser.parse("myartist:x");
        assertThat(q.artistWords()).isEmpty();
        assertThat(q.words()).containsExactly("myartist:x");
    }

    @Test
    void year_ranges_are_inclusive_and_several_filters_intersect() {
        assertThat(parser.parse("year:1990-1999").years()).contains(new YearRange(1990, 1999));
        assertThat(parser.parse("year:1990-1999 year:1995-2005").years()).contains(new YearRange(1995, 1999));
        assertThat(parser.parse("rain").years()).isEmpty();
    }

    @Test
    void malformed_years_are_400s_that_do_not_repeat_the_input() {
        for (String q : List.of("year:19x9", "year:1999-1990", "year:", "year:0999", "year:12345",
                "year:1990-", "year:\"'; DROP TABLE tracks;--\"")) {
            assertThatThrownBy(() -> parser.parse(q)).as(q).isInstanceOf(InvalidRequestException.class)
                    .hasMessage("year must be YYYY or YYYY-YYYY");
        }
        assertThatThrownBy(() -> parser.parse("year:1970 year:1990")).hasMessage("year filters do not overlap");
    }

    @Test
    void empty_blank_and_huge_queries_are_400s() {
        assertThatThrownBy(() -> parser.parse(null)).hasMessage("No search query");
        assertThatThrownBy(() -> parser.parse("")).hasMessage("No search query");
        assertThatThrownBy(() -> parser.parse(" \t\n")).hasMessage("No search query");
        // The tokenizer splits words at 255 characters.
        assertThat(parser.parse("a".repeat(SearchQueryParser.MAX_LENGTH)).words()).hasSize(2);
        assertThatThrownBy(() -> parser.parse("a".repeat(SearchQueryParser.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at most 500");
    }

    @Test
    void lucene_and_sql_syntax_is_only_text() {
        assertThat(parser.parse("title:(a OR b) AND NOT c^5~2").words())
                .containsExactly("title", "a", "or", "b", "and", "not", "c", "5", "2");
        assertThat(parser.parse("' OR 1=1; DROP TABLE tracks; --").words())
                .containsExactly("or", "1", "1", "drop", "table", "tracks");
        SearchQuery symbols = parser.parse("*:* && || !(){}[]^\"~*?\\/");
        assertThat(symbols.isEmpty()).isTrue();
    }

    @Test
    void the_number_of_words_is_capped() {
        SearchQuery q = parser.parse("w ".repeat(40) + "artist:x album:y");
        assertThat(q.words()).hasSize(SearchQueryParser.MAX_WORDS);
        assertThat(q.artistWords()).isEmpty();
        assertThat(q.albumWords()).isEmpty();
        assertThat(q.years()).isEqualTo(Optional.empty());
    }
}
