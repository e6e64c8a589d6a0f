package io.tonearm.control.search;

import java.io.IOException;
import java.util.Collection;

/**
 * The write side of the search index: the port through which the catalog (and, later, playlists)
 * put documents in. Implementations are thread-safe, but the control plane funnels every write
 * through one owning thread ({@link SearchIndexMaintainer}) so rebuilds and updates never
 * interleave. Calls block on disk I/O; changes become visible to searches after {@link #commit}.
 */
public interface SearchIndexer {

    /** Adds the documents or replaces those with the same {@link SearchDocument#key()}. */
    void upsert(Collection<SearchDocument> documents) throws IOException;

    /** Removes the documents of {@code type} with these ids; unknown ids are ignored. */
    void delete(SearchType type, Collection<String> ids) throws IOException;

    /** Makes every change so far durable and searchable, recording {@code fingerprint} with it. */
    void commit(String fingerprint) throws IOException;
}
