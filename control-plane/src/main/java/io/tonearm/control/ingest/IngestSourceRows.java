package io.tonearm.control.ingest;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

/** The {@code track_sources} table of {@code V4__ingestion.sql}: one row per ingested track. */
final class IngestSourceRows {

    private IngestSourceRows() {
    }

    @MappedEntity("track_sources")
    record SourceRow(@Id String trackId, String contentSha256, String originalName, Instant ingestedAt) {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface SourceRepository extends CrudRepository<SourceRow, String> {

        Optional<SourceRow> findByContentSha256(String contentSha256);
    }
}
