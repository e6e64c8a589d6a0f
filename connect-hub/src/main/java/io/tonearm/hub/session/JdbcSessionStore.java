package io.tonearm.hub.session;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Sessions in one SQL table that several hub instances can share: PostgreSQL, or an H2 file (which
 * the hubs of one machine share with H2's {@code AUTO_SERVER=TRUE}; without it, one hub). Plain JDBC on one connection, reopened
 * after a failure; every write is an optimistic compare-and-set on the version column, so two hubs
 * changing one session never lose a change: the loser reads again and re-applies. Thread-safe
 * (one statement at a time); blocking.
 */
public final class JdbcSessionStore implements SessionStore {

    static final int MAX_ATTEMPTS = 20;
    private static final String TABLE = "tonearm_playback_session";

    private final String url;
    private final String user;
    private final String password;
    private final JsonMapper json;
    private Connection connection;
    private long lastUsedNanos;
    private static final long IDLE_CHECK_NANOS = 1_000_000_000L;
    /** The session last read or written per user (guarded by this). */
    private final Map<String, PlaybackSession> known = new HashMap<>();

    public JdbcSessionStore(String url, String user, String password, JsonMapper json) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.json = json;
        synchronized (this) {
            try (Statement s = connection().createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (user_id VARCHAR(64) PRIMARY KEY,"
                        + " version BIGINT NOT NULL, active_device VARCHAR(128), body VARCHAR(1000000) NOT NULL)");
                // usersPlayingOn runs for every device state report: not a scan of every session.
                s.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_active_device ON " + TABLE + " (active_device)");
            } catch (SQLException e) {
                throw failure("cannot create the session table", e);
            }
        }
    }

    private record Row(PlaybackSession session, boolean exists) {
    }

    @Override
    public synchronized PlaybackSession get(String userId) {
        try {
            return read(userId).session();
        } catch (SQLException e) {
            throw failure("cannot read the session", e);
        }
    }

    @Override
    public synchronized PlaybackSession update(String userId, UnaryOperator<PlaybackSession> change) {
        SQLException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                Row row = read(userId);
                PlaybackSession before = row.session();
                PlaybackSession after = change.apply(before);
                if (after.sameAs(before) && after.version() <= before.version()) {
                    return before;
                }
                after = SessionStore.bumped(before, after);
                if (row.exists() ? compareAndSet(userId, before.version(), after) : insert(userId, after)) {
                    known.put(userId, after);
                    return after;
                }
            } catch (SQLException e) {
                last = e;
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw failure("cannot write the session", e);
                }
            }
        }
        throw failure("the session stayed contended for " + MAX_ATTEMPTS + " attempts", last);
    }

    @Override
    public synchronized List<String> usersPlayingOn(String deviceId) {
        try (PreparedStatement s = connection().prepareStatement(
                "SELECT user_id FROM " + TABLE + " WHERE active_device = ? ORDER BY user_id")) {
            s.setString(1, deviceId);
            List<String> users = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    users.add(r.getString(1));
                }
            }
            return users;
        } catch (SQLException e) {
            throw failure("cannot read sessions", e);
        }
    }

    /**
     * The stored session: its version column first, and the body only when it is not the version
     * this store last read or wrote (a session's version moves with every write, so a version names
     * one body). Decoding a body is the expensive part: it grows with the devices the user set.
     */
    private Row read(String userId) throws SQLException {
        long version;
        try (PreparedStatement s = connection().prepareStatement("SELECT version FROM " + TABLE + " WHERE user_id = ?")) {
            s.setString(1, userId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    known.remove(userId);
                    return new Row(PlaybackSession.EMPTY, false);
                }
                version = r.getLong(1);
            }
        }
        PlaybackSession cached = known.get(userId);
        if (cached != null && cached.version() == version) {
            return new Row(cached, true);
        }
        try (PreparedStatement s = connection().prepareStatement("SELECT body FROM " + TABLE + " WHERE user_id = ?")) {
            s.setString(1, userId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    known.remove(userId);
                    return new Row(PlaybackSession.EMPTY, false);
                }
                PlaybackSession session = decode(r.getString(1));
                known.put(userId, session);
                return new Row(session, true);
            }
        }
    }

    private boolean compareAndSet(String userId, long expected, PlaybackSession after) throws SQLException {
        try (PreparedStatement s = connection().prepareStatement("UPDATE " + TABLE
                + " SET version = ?, active_device = ?, body = ? WHERE user_id = ? AND version = ?")) {
            s.setLong(1, after.version());
            s.setString(2, after.activeDeviceId().orElse(null));
            s.setString(3, encode(after));
            s.setString(4, userId);
            s.setLong(5, expected);
            return s.executeUpdate() == 1;
        }
    }

    private boolean insert(String userId, PlaybackSession after) throws SQLException {
        try (PreparedStatement s = connection().prepareStatement(
                "INSERT INTO " + TABLE + " (user_id, version, active_device, body) VALUES (?, ?, ?, ?)")) {
            s.setString(1, userId);
            s.setLong(2, after.version());
            s.setString(3, after.activeDeviceId().orElse(null));
            s.setString(4, encode(after));
            return s.executeUpdate() == 1;
        }
    }

    private String encode(PlaybackSession session) {
        try {
            return json.writeValueAsString(session);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a session", e);
        }
    }

    /** A row that does not decode (edited by hand, written by a newer hub) is an error, not an empty session. */
    private PlaybackSession decode(String body) throws SQLException {
        try {
            return json.readValue(body, Argument.of(PlaybackSession.class));
        } catch (IOException | RuntimeException e) {
            throw new SQLException("a stored session does not decode: " + e.getMessage(), "XX001", e);
        }
    }

    /**
     * The connection, checked with a round trip only after {@link #IDLE_CHECK_NANOS} unused (a
     * statement that fails closes it anyway, see {@link #failure}); not before every statement.
     */
    private Connection connection() throws SQLException {
        long now = System.nanoTime();
        if (connection == null || (now - lastUsedNanos > IDLE_CHECK_NANOS && !connection.isValid(2))) {
            closeQuietly();
            connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(true);
        }
        lastUsedNanos = now;
        return connection;
    }

    private SessionStoreException failure(String what, SQLException e) {
        closeQuietly();
        return new SessionStoreException(what + (e == null ? "" : " (SQL state " + e.getSQLState() + ": "
                + e.getMessage() + ")"), e);
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken; a new one is opened on the next call
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
