package io.tonearm.control.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index written by an older layout (unsorted, ids as stored strings) is never a failure: it is
 * replaced by an empty one, which has no fingerprint, so the service rebuilds it from the database.
 */
class OldLayoutIndexTest {

    @TempDir
    Path dir;

    @Test
    void an_unsorted_older_index_is_replaced_by_an_empty_one() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(SearchFields.TYPE, "track", Field.Store.NO));
            doc.add(new StringField(SearchFields.ID, "old-1", Field.Store.YES));
            doc.add(new TextField(SearchFields.NAME, "rain", Field.Store.NO));
            doc.add(new TextField(SearchFields.TEXT, "rain", Field.Store.NO));
            w.addDocument(doc);
            w.commit();
        }
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            LuceneSearchIndex.Hits hits = index.search(new SearchQueryParser().parse("rain "), SearchType.TRACK, 0, 10);
            assertThat(hits.total()).isZero();
            assertThat(index.fingerprint()).isEmpty();
            index.upsert(java.util.List.of(new SearchDocument(SearchType.TRACK, "new-1", "Rain", java.util.List.of("Someone"),
                    "Weather", java.util.OptionalInt.of(2001), 10)));
            index.commit("layout=" + SearchFields.LAYOUT_VERSION);
            assertThat(index.search(new SearchQueryParser().parse("rain "), SearchType.TRACK, 0, 10).ids())
                    .containsExactly("new-1");
        }
    }
}
