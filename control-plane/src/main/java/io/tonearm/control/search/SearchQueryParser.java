package io.tonearm.control.search;

import io.tonearm.control.error.InvalidRequestException;
import io.tonearm.control.search.SearchQuery.YearRange;
import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code q} as Spotify's search does: free words plus {@code artist:}, {@code album:},
 * {@code track:} and {@code year:} filters (a filter's value is one word or a "quoted phrase").
 * Everything else, Lucene or SQL syntax included, is text: it is cut into words by
 * {@link SearchAnalysis}, where punctuation only separates words, and never parsed as a query
 * language. Errors are 400s with fixed messages that never repeat the input. Thread-safe.
 */
public final class SearchQueryParser {

    public static final int MAX_LENGTH = 500;
    /** Words beyond this many are ignored, bounding the cost of one query. */
    public static final int MAX_WORDS = 16;

    private static final Pattern FILTER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(artist|album|track|year):(?:\"([^\"]*)\"?|(\\S*))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern YEARS = Pattern.compile("([0-9]{4})(?:-([0-9]{4}))?");

    private final Analyzer words = SearchAnalysis.words();

    public SearchQuery parse(String q) {
        if (q == null || q.isBlank()) {
            throw new InvalidRequestException("No search query");
        }
        if (q.length() > MAX_LENGTH) {
            throw new InvalidRequestException("q must be at most " + MAX_LENGTH + " characters");
        }
        StringBuilder free = new StringBuilder();
        List<String> artist = new ArrayList<>();
        List<String> album = new ArrayList<>();
        List<String> name = new ArrayList<>();
        Optional<YearRange> years = Optional.empty();
        Matcher m = FILTER.matcher(q);
        int last = 0;
        while (m.find()) {
            free.append(q, last, m.start()).append(' ');
            last = m.end();
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "artist":
                    artist.addAll(cut(value));
                    break;
                case "album":
                    album.addAll(cut(value));
                    break;
                case "track":
                    name.addAll(cut(value));
                    break;
                default:
                    years = Optional.of(intersect(years, yearRange(value)));
            }
        }
        free.append(q.substring(last));
        List<String> freeWords = cut(free.toString());
        boolean typing = !Character.isWhitespace(q.charAt(q.length() - 1)) && last < q.length();
        int budget = MAX_WORDS;
        freeWords = capped(freeWords, budget);
        budget -= freeWords.size();
        artist = capped(artist, budget);
        budget -= artist.size();
        album = capped(album, budget);
        budget -= album.size();
        return new SearchQuery(freeWords, typing, artist, album, capped(name, budget), years);
    }

    private List<String> cut(String text) {
        return SearchAnalysis.terms(words, text, MAX_WORDS);
    }

    private static List<String> capped(List<String> list, int max) {
        return list.size() <= max ? list : list.subList(0, Math.max(0, max));
    }

    private static YearRange yearRange(String value) {
        Matcher m = YEARS.matcher(value.trim());
        if (!m.matches()) {
            throw new InvalidRequestException("year must be YYYY or YYYY-YYYY");
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (from < 1000 || from > to) {
            throw new InvalidRequestException("year must be YYYY or YYYY-YYYY");
        }
        return new YearRange(from, to);
    }

    private static YearRange intersect(Optional<YearRange> before, YearRange next) {
        if (before.isEmpty()) {
            return next;
        }
        int from = Math.max(before.get().from(), next.from());
        int to = Math.min(before.get().to(), next.to());
        if (from > to) {
            throw new InvalidRequestException("year filters do not overlap");
        }
        return new YearRange(from, to);
    }
}
