package io.tonearm.control.generate;

import io.micronaut.transaction.annotation.Transactional;
import io.tonearm.control.generate.SyntheticCatalog.AlbumRow;
import io.tonearm.control.generate.SyntheticCatalog.ArtistRow;
import io.tonearm.control.generate.SyntheticCatalog.Chunk;
import io.tonearm.control.generate.SyntheticCatalog.TrackRow;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Writes synthetic catalog rows with batched JDBC inserts (portable SQL), one transaction per
 * chunk. Tracks get no encodings: they are listed and searchable, not streamable. Blocking.
 */
@Singleton
public class SyntheticCatalogWriter {

    private final DataSource dataSource;

    SyntheticCatalogWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether an earlier run already wrote a synthetic catalog here. */
    @Transactional(readOnly = true)
    public boolean hasSyntheticTracks() throws SQLException {
        try (PreparedStatement s = dataSource.getConnection().prepareStatement(
                "SELECT COUNT(*) FROM tracks WHERE id LIKE ?")) {
            s.setString(1, SyntheticCatalog.TRACK_PREFIX + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    @Transactional
    public void write(Chunk chunk) throws SQLException {
        Connection c = dataSource.getConnection();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO artists (id, name) VALUES (?, ?)")) {
            for (ArtistRow a : chunk.artists()) {
                s.setString(1, a.id());
                s.setString(2, a.name());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO albums (id, name, artist_id, release_year,"
                + " album_type, total_tracks) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (AlbumRow a : chunk.albums()) {
                s.setString(1, a.id());
                s.setString(2, a.name());
                s.setString(3, a.artistId());
                s.setInt(4, a.year());
                s.setString(5, a.type());
                s.setInt(6, a.totalTracks());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tracks (id, title, artist_id, album_id,"
                + " track_number, duration_ms, loudness_gain_db, loudness_lufs, tempo_bpm, musical_key, energy,"
                + " popularity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TrackRow t : chunk.tracks()) {
                s.setString(1, t.id());
                s.setString(2, t.title());
                s.setString(3, t.artistId());
                s.setString(4, t.albumId());
                s.setInt(5, t.number());
                s.setLong(6, t.durationMs());
                s.setDouble(7, t.gainDb());
                s.setDouble(8, t.lufs());
                s.setDouble(9, t.tempo());
                s.setString(10, t.key());
                s.setNull(11, Types.DOUBLE);
                s.setInt(12, t.popularity());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
