package io.tonearm.control.ingest;

import io.tonearm.control.catalog.TrackId;

/** What ingesting one file came to. Dispatch with {@code instanceof}, ending in an {@link AssertionError}. */
public sealed interface IngestOutcome {

    /** The file as named by its submitter (a base name, for messages). */
    String source();

    /** A new track is in the catalog. */
    record Ingested(String source, TrackId trackId, String title, String artist) implements IngestOutcome {
    }

    /** The same bytes were ingested before, as {@code trackId}; nothing changed. */
    record Duplicate(String source, TrackId trackId) implements IngestOutcome {
    }

    /** Nothing was stored. */
    record Failed(String source, IngestException.Reason reason, String message) implements IngestOutcome {
    }
}
