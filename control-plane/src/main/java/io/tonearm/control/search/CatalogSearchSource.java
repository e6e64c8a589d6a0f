package io.tonearm.control.search;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the catalog as {@link SearchDocument}s with plain JDBC (portable SQL), streaming, so the
 * whole catalog can be indexed without holding it in memory. Artists and albums are as popular as
 * their most popular track. Blocking; each method runs in its own read-only transaction.
 */
@Singleton
public class CatalogSearchSource {

    private static final String TRACKS = "SELECT t.id, t.title, t.popularity, ar.name, al.name, al.release_year"
            + " FROM tracks t JOIN artists ar ON ar.id = t.artist_id JOIN albums al ON al.id = t.album_id";
    private static final String ARTISTS = "SELECT ar.id, ar.name, COALESCE(MAX(t.popularity), 0)"
            + " FROM artists ar LEFT JOIN tracks t ON t.artist_id = ar.id";
    private static final String ALBUMS = "SELECT al.id, al.name, al.release_year, ar.name,"
            + " COALESCE(MAX(t.popularity), 0) FROM albums al JOIN artists ar ON ar.id = al.artist_id"
            + " LEFT JOIN tracks t ON t.album_id = al.id";
    private static final int CHUNK = 500;

    private final DataSource dataSource;

    CatalogSearchSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Changes when tracks, artists or albums are added or removed, or the index layout changes. */
    @Transactional(readOnly = true)
    public String fingerprint() throws SQLException {
        try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery(
                "SELECT (SELECT COUNT(*) FROM tracks), (SELECT COUNT(*) FROM artists), (SELECT COUNT(*) FROM albums)")) {
            rs.next();
            return "layout=" + SearchFields.LAYOUT_VERSION + ";tracks=" + rs.getLong(1) + ";artists=" + rs.getLong(2)
                    + ";albums=" + rs.getLong(3);
        }
    }

    /** Whether two fingerprints were made with the same index layout. */
    static boolean sameLayout(String a, String b) {
        return a.split(";", 2)[0].equals(b.split(";", 2)[0]);
    }

    /** Every track, artist and album, one at a time. */
    @Transactional(readOnly = true)
    public void forEachDocument(Consumer<SearchDocument> sink) throws SQLException {
        Connection c = connection();
        read(c, TRACKS, List.of(), sink, CatalogSearchSource::track);
        read(c, ARTISTS + " GROUP BY ar.id, ar.name", List.of(), sink, CatalogSearchSource::artist);
        read(c, ALBUMS + " GROUP BY al.id, al.name, al.release_year, ar.name", List.of(), sink,
                CatalogSearchSource::album);
    }

    /** The documents of these tracks and of their artists and albums (whose popularity may follow). */
    @Transactional(readOnly = true)
    public List<SearchDocument> documentsFor(Collection<String> trackIds) throws SQLException {
        Connection c = connection();
        List<SearchDocument> out = new ArrayList<>();
        List<String> ids = List.copyOf(new LinkedHashSet<>(trackIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            List<SearchDocument> tracks = new ArrayList<>();
            read(c, TRACKS + " WHERE t.id IN (" + marks(chunk.size()) + ")", chunk, tracks::add,
                    CatalogSearchSource::track);
            out.addAll(tracks);
            Set<String> owners = new LinkedHashSet<>();
            read(c, "SELECT artist_id, album_id FROM tracks WHERE id IN (" + marks(chunk.size()) + ")", chunk,
                    owners::add, rs -> rs.getString(1) + "\n" + rs.getString(2));
            List<String> artistIds = owners.stream().map(o -> o.split("\n")[0]).distinct().toList();
            List<String> albumIds = owners.stream().map(o -> o.split("\n")[1]).distinct().toList();
            if (!artistIds.isEmpty()) {
                read(c, ARTISTS + " WHERE ar.id IN (" + marks(artistIds.size()) + ") GROUP BY ar.id, ar.name",
                        artistIds, out::add, CatalogSearchSource::artist);
                read(c, ALBUMS + " WHERE al.id IN (" + marks(albumIds.size())
                        + ") GROUP BY al.id, al.name, al.release_year, ar.name", albumIds, out::add,
                        CatalogSearchSource::album);
            }
        }
        return out;
    }

    private Connection connection() throws SQLException {
        // The transaction's connection: the framework closes it when the transaction ends.
        return dataSource.getConnection();
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> void read(Connection c, String sql, List<String> params, Consumer<? super T> sink,
                                 RowReader<T> reader) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(1000);
            for (int i = 0; i < params.size(); i++) {
                s.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sink.accept(reader.read(rs));
                }
            }
        }
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static SearchDocument track(ResultSet rs) throws SQLException {
        return new SearchDocument(SearchType.TRACK, rs.getString(1), rs.getString(2), List.of(rs.getString(4)),
                rs.getString(5), OptionalInt.of(rs.getInt(6)), rs.getInt(3));
    }

    private static SearchDocument artist(ResultSet rs) throws SQLException {
        return new SearchDocument(SearchType.ARTIST, rs.getString(1), rs.getString(2), List.of(rs.getString(2)), "",
                OptionalInt.empty(), rs.getInt(3));
    }

    private static SearchDocument album(ResultSet rs) throws SQLException {
        return new SearchDocument(SearchType.ALBUM, rs.getString(1), rs.getString(2), List.of(rs.getString(4)),
                rs.getString(2), OptionalInt.of(rs.getInt(3)), rs.getInt(5));
    }
}
