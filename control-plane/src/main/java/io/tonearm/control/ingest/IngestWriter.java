package io.tonearm.control.ingest;

import io.micronaut.transaction.annotation.Transactional;
import io.tonearm.control.catalog.Catalog;
import io.tonearm.control.catalog.Quality;
import io.tonearm.control.catalog.Track;
import io.tonearm.control.ingest.IngestSourceRows.SourceRepository;
import io.tonearm.control.ingest.IngestSourceRows.SourceRow;
import io.tonearm.control.seek.PlaybackFacts;
import io.tonearm.control.seek.SeekIndex;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Commits one ingested track: in one transaction, the catalog rows, its source, peak and seek
 * indexes; inside it, as the last step, the staged directory of encodings is renamed into the
 * media store in one atomic move. If anything fails the transaction rolls back and the store is
 * as before. Blocking (JDBC, file system).
 */
@Singleton
class IngestWriter {

    private final Catalog catalog;
    private final SourceRepository sources;
    private final PlaybackFacts facts;

    IngestWriter(Catalog catalog, SourceRepository sources, PlaybackFacts facts) {
        this.catalog = catalog;
        this.sources = sources;
        this.facts = facts;
    }

    /** The track ingested earlier from the same bytes, if any. */
    @Transactional(readOnly = true)
    Optional<String> trackWithContent(String contentSha256) {
        return sources.findByContentSha256(contentSha256).map(SourceRow::trackId);
    }

    @Transactional(readOnly = true)
    boolean isIngested(io.tonearm.control.catalog.TrackId id) {
        return sources.existsById(id.value());
    }

    @Transactional
    void commit(Track track, String contentSha256, String originalName, Instant now, double peak,
                Map<Quality, SeekIndex> indexes, Path staged, Path target) {
        catalog.addTrack(track);
        sources.save(new SourceRow(track.id().value(), contentSha256, originalName, now));
        facts.savePeak(track.id(), peak);
        indexes.forEach((quality, index) -> facts.saveIndex(track.id(), quality, index));
        try {
            Files.createDirectories(target.getParent());
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IngestException(IngestException.Reason.STORAGE,
                    "cannot move " + staged + " to " + target + ": " + e, e);
        }
    }
}
