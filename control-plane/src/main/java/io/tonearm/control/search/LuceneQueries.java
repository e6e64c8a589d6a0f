package io.tonearm.control.search;

import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.List;

/**
 * Builds the Lucene query for one {@link SearchQuery} and one {@link SearchType}. Every word must
 * match; a word matches exactly (best), as a typo within {@link #maxEdits} edits (Damerau-
 * Levenshtein, first letter kept; only for words the index does not contain, see
 * {@link Vocabulary}), or — the last word while the user types — as a prefix. The
 * object's own name outweighs its artist and album. Popularity adds a saturating bonus
 * ({@link FeatureField}), so among similar matches the popular ones come first without letting
 * popularity outrank a much better match.
 */
final class LuceneQueries {

    static final float NAME_BOOST = 4f;
    static final float TEXT_BOOST = 2f;
    static final float FUZZY_BOOST = 0.8f;
    static final float POPULARITY_WEIGHT = 3f;
    static final float POPULARITY_PIVOT = 30f;
    private static final int MAX_EXPANSIONS = 30;
    /** A last word being typed up to this long is answered in popularity order ({@link #rankedByPopularity}). */
    static final int SHORT_PREFIX = 3;

    private LuceneQueries() {
    }

    /** No fuzziness for 1–2 letters, one edit for 3–5, two from 6 (as Elasticsearch's AUTO). */
    static int maxEdits(String term) {
        int n = term.codePointCount(0, term.length());
        return n < 3 ? 0 : n < 6 ? 1 : 2;
    }

    /**
     * Tells whether a term occurs in the index. A word that does is taken as spelt right and not
     * expanded into typos (as a spell checker's "suggest when missing" mode): typo expansion over
     * a million documents costs far more than an exact lookup, and a word the catalog contains is
     * almost always the word meant.
     */
    interface Vocabulary {
        boolean contains(String field, String word);

        /** Treats every word as possibly misspelt. */
        Vocabulary NONE = (field, word) -> false;
    }

    /** The query for one type: {@link #matching} restricted to documents of {@code type}. */
    static Query build(SearchQuery q, SearchType type) {
        return ofType(matching(q, Vocabulary.NONE), type);
    }

    /**
     * Restricts a query from {@link #matching} (possibly already rewritten, so several types share
     * the cost of expanding typos into terms) to documents of {@code type}.
     */
    static Query ofType(Query matching, SearchType type) {
        return new BooleanQuery.Builder()
                .add(matching, Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.TYPE, type.code())), Occur.FILTER)
                .build();
    }

    /**
     * Whether {@code q} is answered in popularity order rather than by relevance: its last word is
     * still being typed and has 1 to {@link #SHORT_PREFIX} characters. Such a prefix matches a large
     * part of a big catalog ("the s" is most of it), where scoring every match costs far more than
     * it tells: it says little beyond "popular things with these words and one starting so". The
     * match itself is {@link #matching}'s (earlier words still exact or within the typo budget).
     */
    static boolean rankedByPopularity(SearchQuery q) {
        if (!q.prefixLast()) {
            return false;
        }
        String last = q.words().get(q.words().size() - 1);
        return last.codePointCount(0, last.length()) <= SHORT_PREFIX;
    }

    /** What matches {@code q} and how it scores, for every type. */
    static Query matching(SearchQuery q, Vocabulary vocabulary) {
        if (q.isEmpty()) {
            return new MatchNoDocsQuery("nothing searchable in q");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> words = q.words();
        for (int i = 0; i < words.size(); i++) {
            b.add(freeWord(words.get(i), q.prefixLast() && i == words.size() - 1, vocabulary), Occur.MUST);
        }
        q.artistWords().forEach(w -> b.add(fieldWord(SearchFields.ARTIST, w, vocabulary), Occur.MUST));
        q.albumWords().forEach(w -> b.add(fieldWord(SearchFields.ALBUM, w, vocabulary), Occur.MUST));
        q.nameWords().forEach(w -> b.add(fieldWord(SearchFields.NAME, w, vocabulary), Occur.MUST));
        q.years().ifPresent(y -> b.add(IntPoint.newRangeQuery(SearchFields.YEAR, y.from(), y.to()), Occur.FILTER));
        b.add(FeatureField.newSaturationQuery(SearchFields.FEATURES, SearchFields.POPULARITY, POPULARITY_WEIGHT,
                POPULARITY_PIVOT), Occur.SHOULD);
        return b.build();
    }

    private static Query freeWord(String word, boolean prefix, Vocabulary vocabulary) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(boosted(new TermQuery(new Term(SearchFields.NAME, word)), NAME_BOOST), Occur.SHOULD);
        b.add(boosted(new TermQuery(new Term(SearchFields.TEXT, word)), TEXT_BOOST), Occur.SHOULD);
        boolean indexedPrefix = prefix && word.length() <= SearchAnalysis.MAX_GRAM;
        // The word being typed is only a typo if no indexed word starts with it.
        boolean known = vocabulary.contains(SearchFields.TEXT, word)
                || (indexedPrefix && vocabulary.contains(SearchFields.TEXT_PREFIX, word));
        if (!known) {
            fuzzy(SearchFields.TEXT, word, b);
        }
        if (indexedPrefix) {
            b.add(boosted(new TermQuery(new Term(SearchFields.NAME_PREFIX, word)), TEXT_BOOST), Occur.SHOULD);
            // Without typo expansion every other clause matches a subset of text_prefix:word, so it may
            // be required: the same matches and the same scores (a sum over the matching clauses), but
            // one postings list leads instead of a union of four being merged.
            b.add(new TermQuery(new Term(SearchFields.TEXT_PREFIX, word)), known ? Occur.MUST : Occur.SHOULD);
        }
        return b.build();
    }

    private static Query fieldWord(String field, String word, Vocabulary vocabulary) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(boosted(new TermQuery(new Term(field, word)), TEXT_BOOST), Occur.SHOULD);
        if (!vocabulary.contains(field, word)) {
            fuzzy(field, word, b);
        }
        return b.build();
    }

    private static void fuzzy(String field, String word, BooleanQuery.Builder b) {
        int edits = maxEdits(word);
        if (edits > 0) {
            b.add(boosted(new FuzzyQuery(new Term(field, word), edits, 1, MAX_EXPANSIONS, true), FUZZY_BOOST),
                    Occur.SHOULD);
        }
    }

    private static Query boosted(Query q, float boost) {
        return new BoostQuery(q, boost);
    }
}
