package io.tonearm.control.search;

import java.util.List;
import java.util.Optional;

/**
 * A user's {@code q}, cut into folded terms: free words matched against everything, words that
 * must match the artist ({@code artist:}), the album ({@code album:}) or the name
 * ({@code track:}), and a year range ({@code year:1999}, {@code year:1990-1999}).
 *
 * @param prefixLast whether the last free word may be the start of a word (the user is still
 *                   typing it: {@code q} does not end in a space)
 */
public record SearchQuery(List<String> words, boolean prefixLast, List<String> artistWords,
                          List<String> albumWords, List<String> nameWords, Optional<YearRange> years) {

    public SearchQuery {
        words = List.copyOf(words);
        artistWords = List.copyOf(artistWords);
        albumWords = List.copyOf(albumWords);
        nameWords = List.copyOf(nameWords);
        if (years == null) {
            throw new IllegalArgumentException("years must not be null");
        }
        prefixLast = prefixLast && !words.isEmpty();
    }

    /** Whether nothing in {@code q} can select anything (it was all punctuation). */
    public boolean isEmpty() {
        return words.isEmpty() && artistWords.isEmpty() && albumWords.isEmpty() && nameWords.isEmpty()
                && years.isEmpty();
    }

    /** Inclusive range of four-digit years. */
    public record YearRange(int from, int to) {

        public YearRange {
            if (from < 1000 || to > 9999 || from > to) {
                throw new IllegalArgumentException("years must be four digits, from <= to");
            }
        }
    }
}
