package io.tonearm.control.seek;

import io.micronaut.context.annotation.Requires;
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

    public interface SeekIndexRepository extends CrudRepository<SeekIndexRow, SeekIndexKey> {
    }

    public interface PeakRepository extends CrudRepository<PeakRow, String> {
    }

    // Micronaut Data writes SQL at compile time: one implementation per dialect, chosen by
    // datasources.default.dialect (decisions: repositories compiled per SQL dialect).

    @JdbcRepository(dialect = Dialect.H2)
    @Requires(property = "datasources.default.dialect", value = "H2", defaultValue = "H2")
    interface H2SeekIndexes extends SeekIndexRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @Requires(property = "datasources.default.dialect", value = "POSTGRES")
    interface PostgresSeekIndexes extends SeekIndexRepository {
    }

    @JdbcRepository(dialect = Dialect.H2)
    @Requires(property = "datasources.default.dialect", value = "H2", defaultValue = "H2")
    interface H2Peaks extends PeakRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @Requires(property = "datasources.default.dialect", value = "POSTGRES")
    interface PostgresPeaks extends PeakRepository {
    }
}
