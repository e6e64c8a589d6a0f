package io.tonearm.control.seek;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Rows and repositories of {@code V4__ingestion.sql}'s seek-index and peak tables. */
public final class SeekIndexRows {

    private SeekIndexRows() {
    }

    @Embeddable
    public record SeekIndexKey(@MappedProperty("track_id") String trackId,
                               @MappedProperty("quality_kbps") int qualityKbps) {
    }

    @MappedEntity("track_seek_indexes")
    public record SeekIndexRow(@EmbeddedId SeekIndexKey key, String points) {
    }

    @MappedEntity("track_peaks")
    public record PeakRow(@Id String trackId, double samplePeak) {
    }

    @JdbcRepository(dialect = Dialect.H2)
    public interface SeekIndexRepository extends CrudRepository<SeekIndexRow, SeekIndexKey> {
    }

    @JdbcRepository(dialect = Dialect.H2)
    public interface PeakRepository extends CrudRepository<PeakRow, String> {
    }
}
