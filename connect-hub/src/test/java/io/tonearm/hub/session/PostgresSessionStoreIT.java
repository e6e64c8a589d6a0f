package io.tonearm.hub.session;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The session store's contract on a real PostgreSQL, when {@code TONEARM_TEST_POSTGRES_URL} (with
 * {@code TONEARM_TEST_POSTGRES_USER} and {@code _PASSWORD}) names one; skipped otherwise.
 * {@code .ci/steps/hubsess.sh} creates the database and runs it in CI.
 */
class PostgresSessionStoreIT extends SessionStoreContract {

    private static final String URL = System.getenv("TONEARM_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("TONEARM_TEST_POSTGRES_USER", "tonearm");
    private static final String PASSWORD = System.getenv().getOrDefault("TONEARM_TEST_POSTGRES_PASSWORD", "");

    private JdbcSessionStore store;

    @BeforeEach
    void open() throws Exception {
        assumeThat(URL).as("TONEARM_TEST_POSTGRES_URL").isNotBlank();
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS tonearm_playback_session");
        }
        store = new JdbcSessionStore(URL, USER, PASSWORD, JdbcSessionStoreTest.JSON);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Override
    SessionStore store() {
        return store;
    }
}
