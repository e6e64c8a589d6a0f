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
 * default); the schema and the hand-written queries are portable to PostgreSQL. Every ordering
 * ends in a unique column, so pages never overlap or skip.
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

        long countByArtistId(String artistId);

        /** An artist's albums, newest release first. */
        @Query("SELECT * FROM albums WHERE artist_id = :artistId ORDER BY release_year DESC, name, id"
                + " LIMIT :limit OFFSET :offset")
        List<AlbumRow> byArtist(String artistId, int limit, long offset);

        @Query("UPDATE albums SET total_tracks = total_tracks + 1 WHERE id = :id")
        void countOneMoreTrack(String id);
    }

    @JdbcRepository(dialect = Dialect.H2)
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

    @JdbcRepository(dialect = Dialect.H2)
    interface TrackFileRepository extends CrudRepository<TrackFileRow, TrackFileKey> {

        List<TrackFileRow> findByKeyTrackIdInList(Collection<String> trackIds);
    }
}
