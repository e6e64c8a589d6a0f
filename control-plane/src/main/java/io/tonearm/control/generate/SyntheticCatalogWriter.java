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
import java.util.List;

/**
 * Writes synthetic catalog rows, one transaction per chunk: on PostgreSQL as arrays expanded by
 * {@code unnest}, elsewhere with batched JDBC inserts (portable SQL). Tracks get no encodings:
 * they are listed and searchable, not streamable. Blocking.
 */
@Singleton
public class SyntheticCatalogWriter {

    private static final String POSTGRES = "PostgreSQL";

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
        if (POSTGRES.equals(c.getMetaData().getDatabaseProductName())) {
            writeArrays(c, chunk);
        } else {
            writeBatches(c, chunk);
        }
    }

    /**
     * PostgreSQL: one statement per table and chunk, the columns sent as arrays and turned back into
     * rows by {@code unnest} — one round trip and one plan instead of a statement per row.
     */
    private static void writeArrays(Connection c, Chunk chunk) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO artists (id, name) SELECT * FROM unnest(?::text[], ?::text[])")) {
            s.setArray(1, c.createArrayOf("text", chunk.artists().stream().map(ArtistRow::id).toArray()));
            s.setArray(2, c.createArrayOf("text", chunk.artists().stream().map(ArtistRow::name).toArray()));
            s.executeUpdate();
        }
        List<AlbumRow> albums = chunk.albums();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO albums (id, name, artist_id, release_year,"
                + " album_type, total_tracks) SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::int[],"
                + " ?::text[], ?::int[])")) {
            s.setArray(1, c.createArrayOf("text", albums.stream().map(AlbumRow::id).toArray()));
            s.setArray(2, c.createArrayOf("text", albums.stream().map(AlbumRow::name).toArray()));
            s.setArray(3, c.createArrayOf("text", albums.stream().map(AlbumRow::artistId).toArray()));
            s.setArray(4, c.createArrayOf("int4", albums.stream().map(AlbumRow::year).toArray()));
            s.setArray(5, c.createArrayOf("text", albums.stream().map(AlbumRow::type).toArray()));
            s.setArray(6, c.createArrayOf("int4", albums.stream().map(AlbumRow::totalTracks).toArray()));
            s.executeUpdate();
        }
        List<TrackRow> tracks = chunk.tracks();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tracks (id, title, artist_id, album_id,"
                + " track_number, duration_ms, loudness_gain_db, loudness_lufs, tempo_bpm, musical_key, popularity)"
                + " SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::bigint[],"
                + " ?::float8[], ?::float8[], ?::float8[], ?::text[], ?::int[])")) {
            s.setArray(1, c.createArrayOf("text", tracks.stream().map(TrackRow::id).toArray()));
            s.setArray(2, c.createArrayOf("text", tracks.stream().map(TrackRow::title).toArray()));
            s.setArray(3, c.createArrayOf("text", tracks.stream().map(TrackRow::artistId).toArray()));
            s.setArray(4, c.createArrayOf("text", tracks.stream().map(TrackRow::albumId).toArray()));
            s.setArray(5, c.createArrayOf("int4", tracks.stream().map(TrackRow::number).toArray()));
            s.setArray(6, c.createArrayOf("int8", tracks.stream().map(TrackRow::durationMs).toArray()));
            s.setArray(7, c.createArrayOf("float8", tracks.stream().map(TrackRow::gainDb).toArray()));
            s.setArray(8, c.createArrayOf("float8", tracks.stream().map(TrackRow::lufs).toArray()));
            s.setArray(9, c.createArrayOf("float8", tracks.stream().map(TrackRow::tempo).toArray()));
            s.setArray(10, c.createArrayOf("text", tracks.stream().map(TrackRow::key).toArray()));
            s.setArray(11, c.createArrayOf("int4", tracks.stream().map(TrackRow::popularity).toArray()));
            s.executeUpdate();
        }
    }

    /** Any other database (the embedded H2): portable batched inserts. */
    private static void writeBatches(Connection c, Chunk chunk) throws SQLException {
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
