package io.tonearm.control.catalog;

import io.micronaut.context.annotation.Requires;
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
 * Micronaut Data JDBC repositories over the catalog tables. Each is declared once and compiled per
 * SQL dialect (Micronaut Data generates SQL at compile time); the variant matching
 * {@code datasources.default.dialect} — H2 by default, or POSTGRES — is the bean. The schema and
 * the hand-written queries are portable. Every ordering ends in a unique column, so pages never
 * overlap or skip.
 */
final class CatalogRepositories {

    private CatalogRepositories() {
    }

    interface ArtistRepository extends CrudRepository<ArtistRow, String> {

        List<ArtistRow> findByIdInList(Collection<String> ids);
    }

    interface AlbumRepository extends CrudRepository<AlbumRow, String> {

        List<AlbumRow> findByIdInList(Collection<String> ids);

        long countByArtistId(String artistId);

        /** An artist's albums, newest release first. */
        @Query("SELECT * FROM albums WHERE artist_id = :artistId ORDER BY release_year DESC, name, id"
                + " LIMIT :limit OFFSET :offset")
        List<AlbumRow> byArtist(String artistId, int limit, long offset);

        @Query("UPDATE albums SET total_tracks = total_tracks + 1 WHERE id = :id")
        void countOneMoreTrack(String id);
    }

    interface TrackRepository extends CrudRepository<TrackRow, String> {

        @Query("SELECT * FROM tracks ORDER BY id LIMIT :limit OFFSET :offset")
        List<TrackRow> page(int limit, long offset);

        List<TrackRow> findByIdInList(Collection<String> ids);

        long countByAlbumId(String albumId);

        /** An album's tracks in running order. */
        @Query("SELECT * FROM tracks WHERE album_id = :albumId ORDER BY track_number, id LIMIT :limit OFFSET :offset")
        List<TrackRow> onAlbum(String albumId, int limit, long offset);

        /** An artist's tracks, newest album first, then in running order (no play counts exist yet). */
        @Query("SELECT t.* FROM tracks t JOIN albums a ON a.id = t.album_id WHERE t.artist_id = :artistId"
                + " ORDER BY a.release_year DESC, a.name, a.id, t.track_number, t.id LIMIT :limit")
        List<TrackRow> byArtist(String artistId, int limit);
    }

    interface TrackFileRepository extends CrudRepository<TrackFileRow, TrackFileKey> {

        List<TrackFileRow> findByKeyTrackIdInList(Collection<String> trackIds);
    }

    @JdbcRepository(dialect = Dialect.H2)
    @Requires(property = "datasources.default.dialect", value = "H2", defaultValue = "H2")
    interface H2Artists extends ArtistRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @Requires(property = "datasources.default.dialect", value = "POSTGRES")
    interface PostgresArtists extends ArtistRepository {
    }

    @JdbcRepository(dialect = Dialect.H2)
    @Requires(property = "datasources.default.dialect", value = "H2", defaultValue = "H2")
    interface H2Albums extends AlbumRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @Requires(property = "datasources.default.dialect", value = "POSTGRES")
    interface PostgresAlbums extends AlbumRepository {
    }

    @JdbcRepository(dialect = Dialect.H2)
    @Requires(property = "datasources.default.dialect", value = "H2", defaultValue = "H2")
    interface H2Tracks extends TrackRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @Requires(property = "datasources.default.dialect", value = "POSTGRES")
    interface PostgresTracks extends TrackRepository {
    }

    @JdbcRepository(dialect = Dialect.H2)
    @Requires(property = "datasources.default.dialect", value = "H2", defaultValue = "H2")
    interface H2TrackFiles extends TrackFileRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @Requires(property = "datasources.default.dialect", value = "POSTGRES")
    interface PostgresTrackFiles extends TrackFileRepository {
    }
}
