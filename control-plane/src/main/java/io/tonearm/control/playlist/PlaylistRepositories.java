package io.tonearm.control.playlist;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.tonearm.control.playlist.PlaylistRows.FollowKey;
import io.tonearm.control.playlist.PlaylistRows.FollowerRow;
import io.tonearm.control.playlist.PlaylistRows.ItemKey;
import io.tonearm.control.playlist.PlaylistRows.ItemRow;
import io.tonearm.control.playlist.PlaylistRows.PlaylistRow;
import java.time.Instant;
import java.util.List;

/**
 * The playlist tables. Each repository is declared once and compiled per SQL dialect; the one
 * matching {@code datasources.default.dialect} (H2 by default, or POSTGRES) is the bean. The
 * hand-written queries are portable; every ordering ends in a unique column.
 */
final class PlaylistRepositories {

    private PlaylistRepositories() {
    }

    interface PlaylistRepository extends CrudRepository<PlaylistRow, String> {

        /** Moves a playlist from {@code expected} to the next version; 0 rows when someone else got there first. */
        @Query("UPDATE playlists SET version = :expected + 1, snapshot_id = :snapshotId, updated_at = :at"
                + " WHERE id = :id AND version = :expected")
        long advance(String id, long expected, String snapshotId, Instant at);

        @Query("UPDATE playlists SET name = :name, description = :description, is_public = :shared,"
                + " collaborative = :collaborative, version = :expected + 1, snapshot_id = :snapshotId, updated_at = :at"
                + " WHERE id = :id AND version = :expected")
        long changeDetails(String id, long expected, String name, String description, boolean shared,
                           boolean collaborative, String snapshotId, Instant at);

        /** Playlists a user follows (owners follow their own), most recently followed first. */
        @Query("SELECT p.* FROM playlists p JOIN playlist_followers f ON f.playlist_id = p.id"
                + " WHERE f.user_id = :userId AND (p.is_public = TRUE OR :all = TRUE)"
                + " ORDER BY f.followed_at DESC, p.id LIMIT :limit OFFSET :offset")
        List<PlaylistRow> followedBy(String userId, boolean all, int limit, long offset);

        @Query("SELECT COUNT(*) FROM playlists p JOIN playlist_followers f ON f.playlist_id = p.id"
                + " WHERE f.user_id = :userId AND (p.is_public = TRUE OR :all = TRUE)")
        long countFollowedBy(String userId, boolean all);
    }

    interface ItemRepository extends CrudRepository<ItemRow, ItemKey> {

        @Query("SELECT * FROM playlist_items WHERE playlist_id = :playlistId ORDER BY item_position")
        List<ItemRow> all(String playlistId);

        @Query("SELECT * FROM playlist_items WHERE playlist_id = :playlistId ORDER BY item_position"
                + " LIMIT :limit OFFSET :offset")
        List<ItemRow> page(String playlistId, int limit, long offset);

        @Query("SELECT COUNT(*) FROM playlist_items WHERE playlist_id = :playlistId")
        long countIn(String playlistId);

        @Query("DELETE FROM playlist_items WHERE playlist_id = :playlistId AND item_position >= :from")
        void deleteFrom(String playlistId, int from);
    }

    interface FollowerRepository extends CrudRepository<FollowerRow, FollowKey> {

        @Query("SELECT COUNT(*) FROM playlist_followers WHERE playlist_id = :playlistId")
        long countOf(String playlistId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    @Requires(property = "datasources.default.dialect", value = "H2", defaultValue = "H2")
    interface H2Playlists extends PlaylistRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @Requires(property = "datasources.default.dialect", value = "POSTGRES")
    interface PostgresPlaylists extends PlaylistRepository {
    }

    @JdbcRepository(dialect = Dialect.H2)
    @Requires(property = "datasources.default.dialect", value = "H2", defaultValue = "H2")
    interface H2Items extends ItemRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @Requires(property = "datasources.default.dialect", value = "POSTGRES")
    interface PostgresItems extends ItemRepository {
    }

    @JdbcRepository(dialect = Dialect.H2)
    @Requires(property = "datasources.default.dialect", value = "H2", defaultValue = "H2")
    interface H2Followers extends FollowerRepository {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    @Requires(property = "datasources.default.dialect", value = "POSTGRES")
    interface PostgresFollowers extends FollowerRepository {
    }
}
