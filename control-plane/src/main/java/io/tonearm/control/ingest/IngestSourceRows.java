package io.tonearm.control.ingest;

import io.micronaut.context.annotation.Requires;
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

    interface SourceRepository extends CrudRepository<SourceRow, String> {

        Optional<SourceRow> findByContentSha256(String contentSha256);
    }

    @JdbcRepository(dialect = Dialect.H2)
    @Requires(property = "datasources.default.dialect", value = "H2", defaultValue = "H2")
    interface H2Sources extends SourceRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @Requires(property = "datasources.default.dialect", value = "POSTGRES")
    interface PostgresSources extends SourceRepository {
    }
}
