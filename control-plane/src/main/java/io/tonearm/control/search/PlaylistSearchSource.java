package io.tonearm.control.search;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Reads the searchable playlists as {@link SearchDocument}s with plain JDBC (portable SQL). A playlist
 * is searchable while it is public and its owner still follows it (an owner's unfollow is Spotify's
 * "delete"); private playlists never reach the index. Its words are its name and description, its
 * "artist" is the owner's id, and its popularity is its follower count, capped at 100. Blocking; each
 * method runs in its own read-only transaction.
 */
@Singleton
public class PlaylistSearchSource {

    private static final String SEARCHABLE = "SELECT p.id, p.name, p.description, p.owner_id,"
            + " (SELECT COUNT(*) FROM playlist_followers f WHERE f.playlist_id = p.id)"
            + " FROM playlists p WHERE p.is_public = TRUE AND EXISTS (SELECT 1 FROM playlist_followers o"
            + " WHERE o.playlist_id = p.id AND o.user_id = p.owner_id)";

    private final DataSource dataSource;

    PlaylistSearchSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The fingerprint part of the playlists: how many are searchable. */
    @Transactional(readOnly = true)
    public String fingerprint() throws SQLException {
        try (Statement s = dataSource.getConnection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM (" + SEARCHABLE + ") searchable")) {
            rs.next();
            return "playlists=" + rs.getLong(1);
        }
    }

    /** Every searchable playlist, one at a time. */
    @Transactional(readOnly = true)
    public void forEachDocument(Consumer<SearchDocument> sink) throws SQLException {
        try (PreparedStatement s = dataSource.getConnection().prepareStatement(SEARCHABLE)) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sink.accept(document(rs));
                }
            }
        }
    }

    /** The playlist's document, or empty when it is unknown or not searchable (to be removed). */
    @Transactional(readOnly = true)
    public Optional<SearchDocument> documentFor(String playlistId) throws SQLException {
        try (PreparedStatement s = dataSource.getConnection().prepareStatement(SEARCHABLE + " AND p.id = ?")) {
            s.setString(1, playlistId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(document(rs)) : Optional.empty();
            }
        }
    }

    private static SearchDocument document(ResultSet rs) throws SQLException {
        String name = rs.getString(2);
        String description = rs.getString(3);
        // Playlist names are up to 100 code points and descriptions up to 300 (PlaylistDetails).
        return new SearchDocument(SearchType.PLAYLIST, rs.getString(1), name, List.of(rs.getString(4)), "",
                OptionalInt.empty(), (int) Math.min(100, rs.getLong(5)), description);
    }
}
