package io.tonearm.control.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The analyzer, the query building and ranking, against a real index on disk. */
class LuceneSearchIndexTest {

    @TempDir
    Path dir;
    private LuceneSearchIndex index;
    private final SearchQueryParser parser = new SearchQueryParser();

    @BeforeEach
    void open() throws IOException {
        index = new LuceneSearchIndex(dir);
        index.upsert(List.of(
                track("t1", "Come Together", "The Beatles", "Abbey Road", 1969, 80),
                track("t2", "Something", "The Beatles", "Abbey Road", 1969, 60),
                track("t3", "Ace of Spades", "Motörhead", "Ace of Spades", 1980, 70),
                track("t4", "Smells Like Teen Spirit", "Nirvana", "Nevermind", 1991, 90),
                track("t5", "Come As You Are", "Nirvana", "Nevermind", 1991, 85),
                track("t6", "Together Again", "Unknown Band", "B-Sides", 2001, 0),
                track("t7", "Beetle Juice", "Insect Choir", "Bugs", 1995, 10),
                artist("a1", "The Beatles", 80), artist("a2", "Motörhead", 70), artist("a3", "Beyoncé", 95)));
        index.commit("test");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void exact_words_find_their_tracks() throws IOException {
        assertThat(ids("smells like teen spirit ", SearchType.TRACK)).containsExactly("t4");
    }

    @Test
    void typos_within_the_edit_budget_match_and_exact_matches_rank_first() throws IOException {
        assertThat(ids("beatels ", SearchType.ARTIST)).containsExactly("a1");
        assertThat(ids("nirvanna ", SearchType.TRACK)).containsExactlyInAnyOrder("t4", "t5");
        assertThat(ids("somthing ", SearchType.TRACK)).containsExactly("t2");
        // "beetle" is a word of the index (t7), so it is taken as spelt right: no Beatles.
        assertThat(ids("beetle ", SearchType.TRACK)).containsExactly("t7");
        // "spadez" is not: two-edit neighbours match, the closer one first.
        assertThat(ids("spadez ", SearchType.TRACK)).first().isEqualTo("t3");
        // Two letters are never fuzzy: "ax" does not become "ace".
        assertThat(ids("ax ", SearchType.TRACK)).isEmpty();
    }

    @Test
    void the_word_being_typed_matches_as_a_prefix_only_when_last() throws IOException {
        assertThat(ids("smells like te", SearchType.TRACK)).containsExactly("t4");
        assertThat(ids("motörh", SearchType.ARTIST)).containsExactly("a2");
        assertThat(ids("te smells ", SearchType.TRACK)).isEmpty();
    }

    @Test
    void a_word_being_typed_is_not_taken_for_a_typo_when_indexed_words_start_with_it() throws IOException {
        try (LuceneSearchIndex own = new LuceneSearchIndex(dir.resolve("own"))) {
            own.upsert(List.of(track("x1", "Paper Lanterns", "A", "B", 2000, 0),
                    track("x2", "Friendly Lander", "A", "B", 2000, 0)));
            own.commit("own");
            // "lanter" is one edit from "lander", but it starts "lanterns": only that is meant.
            assertThat(own.search(parser.parse("lanter"), SearchType.TRACK, 0, 10).ids()).containsExactly("x1");
            // Finished with a space it is a whole word the index lacks, so typos count.
            assertThat(own.search(parser.parse("lanter "), SearchType.TRACK, 0, 10).ids())
                    .containsExactlyInAnyOrder("x1", "x2");
        }
    }

    @Test
    void diacritics_are_folded_at_index_and_query_time() throws IOException {
        assertThat(ids("motorhead ", SearchType.ARTIST)).containsExactly("a2");
        assertThat(ids("Motörhead ", SearchType.ARTIST)).containsExactly("a2");
        assertThat(ids("BEYONCE", SearchType.ARTIST)).containsExactly("a3");
    }

    @Test
    void field_filters_and_year_ranges_restrict_matches() throws IOException {
        assertThat(ids("come artist:nirvana", SearchType.TRACK)).containsExactly("t5");
        assertThat(ids("come year:1960-1970", SearchType.TRACK)).containsExactly("t1");
        assertThat(ids("year:1991", SearchType.TRACK)).containsExactly("t4", "t5");
        assertThat(ids("album:\"abbey road\" something", SearchType.TRACK)).containsExactly("t2");
        assertThat(ids("track:spades", SearchType.TRACK)).containsExactly("t3");
        assertThat(ids("artist:nirvana year:2000-2010", SearchType.TRACK)).isEmpty();
    }

    @Test
    void popularity_orders_equally_good_matches() throws IOException {
        // Both are by Nirvana on Nevermind; t4 is more popular.
        assertThat(ids("nirvana ", SearchType.TRACK)).containsExactly("t4", "t5");
        // "together": the name match of the popular track beats the unpopular one.
        assertThat(ids("together ", SearchType.TRACK)).containsExactly("t1", "t6");
    }

    @Test
    void a_short_prefix_being_typed_lists_every_match_most_popular_first() throws IOException {
        // "co": Come As You Are (85), Come Together (80); "to": Come Together (80), Together Again (0).
        assertThat(ids("co", SearchType.TRACK)).containsExactly("t5", "t1");
        assertThat(ids("to", SearchType.TRACK)).containsExactly("t1", "t6");
        assertThat(ids("be", SearchType.ARTIST)).containsExactly("a3", "a1");
        assertThat(index.search(parser.parse("n"), SearchType.TRACK, 0, 1).total()).isEqualTo(2);
        // Earlier words still match exactly or as typos; filters still apply.
        assertThat(ids("come a", SearchType.TRACK)).containsExactly("t5", "t1"); // "are", "abbey"
        assertThat(ids("comme a", SearchType.TRACK)).containsExactly("t5", "t1");
        assertThat(ids("year:1969 come a", SearchType.TRACK)).containsExactly("t1");
        assertThat(ids("nirvana x", SearchType.TRACK)).isEmpty();
        assertThat(LuceneQueries.rankedByPopularity(parser.parse("cö"))).isTrue();
        // Four letters, or a finished word: relevance ranking again ("together" in the name first).
        assertThat(LuceneQueries.rankedByPopularity(parser.parse("come"))).isFalse();
        assertThat(LuceneQueries.rankedByPopularity(parser.parse("co "))).isFalse();
        assertThat(ids("toge", SearchType.TRACK)).containsExactly("t1", "t6");
    }

    @Test
    void the_index_is_sorted_by_popularity() throws IOException {
        // Written in any order, stored most popular first: a popularity-ordered search can stop early.
        index.upsert(List.of(track("t8", "Late Riser", "Nobody", "Sleep", 2010, 99)));
        index.commit("test");
        assertThat(ids("l", SearchType.TRACK)).first().isEqualTo("t8");
    }

    @Test
    void syntax_characters_never_reach_a_query_parser() throws IOException {
        assertThat(ids("*:*", SearchType.TRACK)).isEmpty();
        assertThat(ids("' OR 1=1 --", SearchType.TRACK)).isEmpty();
        assertThat(ids("title:(come OR together)^5", SearchType.TRACK)).isEmpty();
        assertThat(ids("(come) [together]", SearchType.TRACK)).containsExactly("t1");
    }

    @Test
    void types_are_kept_apart_and_playlists_are_empty_until_indexed() throws IOException {
        assertThat(ids("beatles ", SearchType.ALBUM)).isEmpty();
        assertThat(ids("beatles ", SearchType.PLAYLIST)).isEmpty();
        index.upsert(List.of(new SearchDocument(SearchType.PLAYLIST, "p1", "Beatles Forever", List.of("demo"), "",
                OptionalInt.empty(), 5)));
        index.commit("test");
        assertThat(ids("beatles ", SearchType.PLAYLIST)).containsExactly("p1");
    }

    @Test
    void upserts_replace_and_deletes_remove_after_commit() throws IOException {
        index.upsert(List.of(track("t2", "Something Else", "The Beatles", "Abbey Road", 1969, 60)));
        index.delete(SearchType.TRACK, List.of("t3", "no-such-id"));
        assertThat(ids("spades ", SearchType.TRACK)).first().isEqualTo("t3"); // not committed yet
        index.commit("v2");
        assertThat(ids("spades ", SearchType.TRACK)).doesNotContain("t3");
        assertThat(ids("something else ", SearchType.TRACK)).containsExactly("t2");
        assertThat(index.size()).isEqualTo(9);
        assertThat(index.fingerprint()).contains("v2");
    }

    @Test
    void pages_and_totals_are_exact() throws IOException {
        SearchQuery q = parser.parse("year:1960-2010");
        assertThat(index.search(q, SearchType.TRACK, 0, 3).total()).isEqualTo(7);
        assertThat(index.search(q, SearchType.TRACK, 6, 3).ids()).hasSize(1);
        assertThat(index.search(q, SearchType.TRACK, 7, 3).ids()).isEmpty();
        assertThatThrownBy(() -> index.search(q, SearchType.TRACK, 1001, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_read_only_view_sees_the_last_commit_and_refuses_writes() throws IOException {
        try (LuceneSearchIndex reader = LuceneSearchIndex.openReadOnly(dir)) {
            assertThat(reader.size()).isEqualTo(10);
            assertThat(reader.fingerprint()).contains("test");
            assertThatThrownBy(() -> reader.commit("x")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void the_fingerprint_survives_reopening() throws IOException {
        index.close();
        index = new LuceneSearchIndex(dir);
        assertThat(index.fingerprint()).contains("test");
        assertThat(index.size()).isEqualTo(10);
    }

    private List<String> ids(String q, SearchType type) throws IOException {
        return new ArrayList<>(index.search(parser.parse(q), type, 0, 20).ids());
    }

    private static SearchDocument track(String id, String name, String artist, String album, int year, int pop) {
        return new SearchDocument(SearchType.TRACK, id, name, List.of(artist), album, OptionalInt.of(year), pop);
    }

    private static SearchDocument artist(String id, String name, int pop) {
        return new SearchDocument(SearchType.ARTIST, id, name, List.of(name), "", OptionalInt.empty(), pop);
    }
}
