package io.tonearm.control.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.tonearm.control.catalog.CatalogRows.AlbumRow;
import io.tonearm.control.catalog.CatalogRows.ArtistRow;
import io.tonearm.control.catalog.CatalogRows.TrackFileKey;
import io.tonearm.control.catalog.CatalogRows.TrackFileRow;
import io.tonearm.control.catalog.CatalogRows.TrackRow;

import java.util.Collection;
import java.util.List;

/**
 * Micronaut Data JDBC repositories over the catalog tables. Generated SQL targets H2 (the embedded
 * default); the schema and the hand-written query are portable to PostgreSQL.
 */
final class CatalogRepositories {

    private CatalogRepositories() {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface ArtistRepository extends CrudRepository<ArtistRow, String> {

        List<ArtistRow> findByIdInList(Collection<String> ids);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface AlbumRepository extends CrudRepository<AlbumRow, String> {

        List<AlbumRow> findByIdInList(Collection<String> ids);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface TrackRepository extends CrudRepository<TrackRow, String> {

        @Query("SELECT * FROM tracks ORDER BY id LIMIT :limit OFFSET :offset")
        List<TrackRow> page(int limit, long offset);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface TrackFileRepository extends CrudRepository<TrackFileRow, TrackFileKey> {

        List<TrackFileRow> findByKeyTrackIdInList(Collection<String> trackIds);
    }
}
