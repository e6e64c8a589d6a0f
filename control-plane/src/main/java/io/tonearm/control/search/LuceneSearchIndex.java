package io.tonearm.control.search;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded Lucene index in one directory: the {@link SearchIndexer} write side and the
 * search itself. Searches are thread-safe and never block on writes; they see the index as of the
 * last {@link #commit}. Opening takes the directory's write lock, so one process owns an index.
 */
public final class LuceneSearchIndex implements SearchIndexer, AutoCloseable {

    /** Commit user-data key holding the catalog fingerprint the index was built from. */
    static final String FINGERPRINT = "tonearm.catalog.fingerprint";
    /** Spotify answers at most offset 1000; hits are counted exactly up to here. */
    public static final int MAX_RESULTS = 1050;

    private final Directory directory;
    private final Optional<IndexWriter> writer;
    private final SearcherManager searchers;

    /** Opens (or creates) the index for writing and searching; holds the directory's write lock. */
    public LuceneSearchIndex(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalysis.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        IndexWriter w = new IndexWriter(directory, config);
        this.writer = Optional.of(w);
        this.searchers = new SearcherManager(w, null);
    }

    private LuceneSearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = Optional.empty();
        this.searchers = new SearcherManager(directory, null);
    }

    /**
     * Opens an existing index for searching only (no lock; a running service may own it), as of
     * its last commit. The write methods throw {@link IllegalStateException}.
     */
    public static LuceneSearchIndex openReadOnly(Path dir) throws IOException {
        Directory d = FSDirectory.open(dir);
        try {
            return new LuceneSearchIndex(d);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** The fingerprint recorded by the last commit, empty for a new or foreign index. */
    public Optional<String> fingerprint() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, String> data = ((org.apache.lucene.index.DirectoryReader) searcher.getIndexReader())
                    .getIndexCommit().getUserData();
            return Optional.ofNullable(data.get(FINGERPRINT));
        } finally {
            searchers.release(searcher);
        }
    }

    private IndexWriter writer() {
        return writer.orElseThrow(() -> new IllegalStateException("search index opened read-only"));
    }

    /** Removes every document (visible at the next commit), before a rebuild. */
    public void clear() throws IOException {
        writer().deleteAll();
    }

    @Override
    public void upsert(Collection<SearchDocument> documents) throws IOException {
        for (SearchDocument doc : documents) {
            writer().updateDocument(new Term(SearchFields.KEY, doc.key()), SearchFields.toLucene(doc));
        }
    }

    /** Adds documents known not to be in the index (after {@link #clear}): faster than upserting. */
    void addAll(Collection<SearchDocument> documents) throws IOException {
        for (SearchDocument doc : documents) {
            writer().addDocument(SearchFields.toLucene(doc));
        }
    }

    @Override
    public void delete(SearchType type, Collection<String> ids) throws IOException {
        for (String id : ids) {
            writer().deleteDocuments(new Term(SearchFields.KEY, type.code() + ":" + id));
        }
    }

    @Override
    public void commit(String fingerprint) throws IOException {
        writer().setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
        writer().commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * One page of {@code type}'s best matches: ids in rank order, and how many match in all (exact
     * up to {@link #MAX_RESULTS}, a lower bound beyond).
     */
    public Hits search(SearchQuery query, SearchType type, long offset, int limit) throws IOException {
        if (offset < 0 || limit < 1 || offset + limit > MAX_RESULTS) {
            throw new IllegalArgumentException("offset + limit must be within " + MAX_RESULTS);
        }
        Query lucene = LuceneQueries.build(query, type);
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(lucene, (int) (offset + limit));
            List<String> ids = new ArrayList<>(limit);
            for (int i = (int) offset; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                ids.add(searcher.storedFields().document(hit.doc, Set.of(SearchFields.ID)).get(SearchFields.ID));
            }
            long total = top.totalHits.value;
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            return new Hits(ids, exact || total >= MAX_RESULTS ? total : searcher.count(lucene));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The stored name, artists and album of up to {@code n} documents of {@code type}, picked at random
     * (for the benchmark's queries).
     */
    public List<String[]> sample(SearchType type, int n, java.util.Random random) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs all = searcher.search(new org.apache.lucene.search.TermQuery(
                    new Term(SearchFields.TYPE, type.code())), Integer.MAX_VALUE);
            List<String[]> out = new ArrayList<>();
            for (int i = 0; i < n && all.scoreDocs.length > 0; i++) {
                var d = searcher.storedFields().document(all.scoreDocs[random.nextInt(all.scoreDocs.length)].doc);
                out.add(new String[]{d.get(SearchFields.NAME), d.get(SearchFields.ARTIST), d.get(SearchFields.ALBUM)});
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Documents in the last commit (deleted ones excluded). */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory; searchers) {
            if (writer.isPresent()) {
                writer.get().rollback(); // drops uncommitted changes; every change that counts was committed
            }
        }
    }

    /** Ids of one page of results and the total number of matches. */
    public record Hits(List<String> ids, long total) {
        public Hits {
            ids = List.copyOf(ids);
        }
    }
}
