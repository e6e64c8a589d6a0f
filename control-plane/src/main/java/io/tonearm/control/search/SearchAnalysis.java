package io.tonearm.control.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How text becomes terms, the same at index and query time: Unicode word segmentation (UAX #29),
 * lower case, diacritics folded to ASCII ("Motörhead" → "motorhead", "Beyoncé" → "beyonce").
 * The prefix fields also get every leading edge of each term (1 to {@link #MAX_GRAM} characters),
 * so an as-you-type prefix is one term lookup. Query text never reaches Lucene's query parser:
 * it is cut into terms here, so query syntax characters are just separators.
 */
public final class SearchAnalysis {

    /** Longest indexed prefix; longer prefixes only match whole terms. */
    public static final int MAX_GRAM = 20;

    private SearchAnalysis() {
    }

    /** The analyzer for writing documents: folded words, plus edge n-grams on the prefix fields. */
    public static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(words(), Map.of(SearchFields.NAME_PREFIX, prefixes(),
                SearchFields.TEXT_PREFIX, prefixes()));
    }

    /** Plain folded words: what a user's query text is cut into. */
    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, fold(source));
            }
        };
    }

    private static Analyzer prefixes() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new EdgeNGramTokenFilter(fold(source), 1, MAX_GRAM, true));
            }
        };
    }

    private static TokenStream fold(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The terms {@code analyzer} makes of {@code text}, at most {@code max} of them, in order. */
    public static List<String> terms(Analyzer analyzer, String text, int max) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < max && stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string failed", e);
        }
        return terms;
    }
}
