package io.tonearm.control.search;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
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
        IndexWriter w;
        try {
            w = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (IllegalArgumentException e) {
            // Written unsorted or sorted otherwise (an older layout): it cannot be appended to, so it is
            // replaced by an empty index, which has no fingerprint and is rebuilt from the database.
            w = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        }
        this.writer = Optional.of(w);
        this.searchers = new SearcherManager(w, null);
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(SearchAnalysis.indexAnalyzer()).setOpenMode(mode).setRAMBufferSizeMB(64)
                .setIndexSort(SearchFields.INDEX_SORT);
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
     * up to 1,000; beyond that a lower bound of at least 1,000).
     */
    public Hits search(SearchQuery query, SearchType type, long offset, int limit) throws IOException {
        return search(query, EnumSet.of(type), offset, limit).get(type);
    }

    /**
     * {@link #search(SearchQuery, SearchType, long, int)} for several types against the same
     * snapshot; the query's typo expansion is computed once for all of them.
     */
    public Map<SearchType, Hits> search(SearchQuery query, Set<SearchType> types, long offset, int limit)
            throws IOException {
        if (offset < 0 || limit < 1 || offset + limit > MAX_RESULTS) {
            throw new IllegalArgumentException("offset + limit must be within " + MAX_RESULTS);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            org.apache.lucene.index.IndexReader reader = searcher.getIndexReader();
            LuceneQueries.Vocabulary vocabulary = (field, word) -> {
                try {
                    return reader.docFreq(new Term(field, word)) > 0;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            boolean byPopularity = LuceneQueries.rankedByPopularity(query);
            Query matching = searcher.rewrite(LuceneQueries.matching(query, vocabulary));
            Map<SearchType, Hits> out = new EnumMap<>(SearchType.class);
            for (SearchType type : types) {
                Query typed = LuceneQueries.ofType(matching, type);
                // Popularity order is the index order: each segment stops after its first hits
                // (counting exactly up to 1,000, as the scored search does).
                TopDocs top = byPopularity
                        ? searcher.search(typed, (int) (offset + limit), SearchFields.INDEX_SORT)
                        : searcher.search(typed, (int) (offset + limit));
                ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, (int) Math.min(offset, top.scoreDocs.length),
                        top.scoreDocs.length);
                out.put(type, new Hits(ids(searcher, page), top.totalHits.value));
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The ids of {@code hits}, in their order, read from doc values in increasing doc order. */
    private static List<String> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        String[] ids = new String[hits.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        SortedDocValues values = null;
        int leafIndex = -1;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = leaves.get(leaf).reader().getSortedDocValues(SearchFields.ID); // null: no such doc values
            }
            if (values != null && values.advanceExact(doc - leaves.get(leaf).docBase)) {
                ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        }
        // A document without an id (never written by this layout) is left out rather than failing the search.
        return Arrays.stream(ids).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toList());
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
