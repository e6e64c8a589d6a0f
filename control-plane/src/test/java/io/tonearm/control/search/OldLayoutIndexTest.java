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

/** Documents written by an older index layout (ids as stored strings) are skipped, never a failure. */
class OldLayoutIndexTest {

    @TempDir
    Path dir;

    @Test
    void documents_without_an_id_doc_value_are_left_out_of_results() throws Exception {
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
            assertThat(hits.total()).isEqualTo(1);
            assertThat(hits.ids()).isEmpty();
            assertThat(index.fingerprint()).isEmpty();
        }
    }
}
