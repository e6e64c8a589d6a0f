package io.tonearm.control.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.TextField;

/**
 * The index layout. One Lucene document per {@link SearchDocument}; {@code key} ({@code type:id})
 * is its identity for updates, {@code type} filters; {@code id} is a doc value (read for every
 * hit, without decompressing stored fields); {@code name}, {@code artist} and {@code album} are stored.
 */
final class SearchFields {

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    /** The object's own name. */
    static final String NAME = "name";
    static final String ARTIST = "artist";
    static final String ALBUM = "album";
    /** A playlist's description (part of {@link #TEXT}). */
    static final String DESCRIPTION = "description";
    /** Name, artists and album together: what free text is matched against. */
    static final String TEXT = "text";
    static final String NAME_PREFIX = "name_prefix";
    static final String TEXT_PREFIX = "text_prefix";
    static final String YEAR = "year";
    static final String FEATURES = "features";
    static final String POPULARITY = "popularity";
    /** Popularity as a numeric doc value: what the index is sorted by. */
    static final String RANK = "rank";
    /**
     * Segments are sorted by popularity, most popular first: top-k scoring reaches a high threshold
     * early and skips the rest (block-max WAND), and a popularity-ordered search (short prefixes)
     * stops after the first hits of each segment.
     */
    static final Sort INDEX_SORT = new Sort(new SortField(RANK, SortField.Type.INT, true));
    /**
     * Version of this layout and of {@link SearchAnalysis}; part of the catalog fingerprint, so a
     * changed layout rebuilds the index at the next start. 3: public playlists, with a description;
     * 4: sorted by {@link #RANK}.
     */
    static final int LAYOUT_VERSION = 4;

    private SearchFields() {
    }

    static Document toLucene(SearchDocument doc) {
        Document d = new Document();
        d.add(new StringField(KEY, doc.key(), Field.Store.NO));
        d.add(new StringField(TYPE, doc.type().code(), Field.Store.NO));
        d.add(new SortedDocValuesField(ID, new BytesRef(doc.id())));
        String artists = String.join(" ", doc.artists());
        // Stored for diagnostics and the benchmark's query sampling; results are read from the catalog.
        d.add(new StoredField(NAME, doc.name()));
        d.add(new StoredField(ARTIST, artists));
        d.add(new StoredField(ALBUM, doc.album()));
        String all = doc.name() + " " + artists + " " + doc.album() + " " + doc.description();
        d.add(new TextField(NAME, doc.name(), Field.Store.NO));
        d.add(new TextField(ARTIST, artists, Field.Store.NO));
        d.add(new TextField(ALBUM, doc.album(), Field.Store.NO));
        if (!doc.description().isEmpty()) {
            d.add(new TextField(DESCRIPTION, doc.description(), Field.Store.NO));
        }
        d.add(new TextField(TEXT, all, Field.Store.NO));
        d.add(new TextField(NAME_PREFIX, doc.name(), Field.Store.NO));
        d.add(new TextField(TEXT_PREFIX, all, Field.Store.NO));
        doc.year().ifPresent(y -> d.add(new IntPoint(YEAR, y)));
        // A feature value must be positive: popularity 0 is stored as 1.
        d.add(new FeatureField(FEATURES, POPULARITY, 1 + doc.popularity()));
        d.add(new NumericDocValuesField(RANK, doc.popularity()));
        return d;
    }
}
