package io.tonearm.hub.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
import io.tonearm.hub.device.RepeatMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared store on H2 (in memory per test; a file where persistence matters). */
class JdbcSessionStoreTest extends SessionStoreContract {

    static final JsonMapper JSON = JsonMapper.createDefault();

    private final String url = "jdbc:h2:mem:sessions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final JdbcSessionStore store = new JdbcSessionStore(url, "sa", "", JSON);

    @Override
    SessionStore store() {
        return store;
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void two_hubs_changing_one_session_lose_nothing_the_loser_re_applies() {
        try (JdbcSessionStore other = new JdbcSessionStore(url, "sa", "", JSON)) {
            store.update("ann", s -> PlaybackSessionTest.playing(PlaybackSessionTest.ABC, 0));
            AtomicBoolean interfered = new AtomicBoolean();
            PlaybackSession result = store.update("ann", s -> {
                if (interfered.compareAndSet(false, true)) {
                    // Another hub writes between our read and our write.
                    other.update("ann", x -> x.withRepeat(RepeatMode.TRACK));
                }
                return s.withVolume("kitchen", 20);
            });
            assertThat(result.repeat()).isEqualTo(RepeatMode.TRACK);
            assertThat(result.volumes()).containsEntry("kitchen", 20);
            assertThat(result.version()).isEqualTo(3);
            assertThat(other.get("ann")).isEqualTo(result);
        }
    }

    @Test
    void a_session_this_hub_knows_is_read_anew_once_another_hub_wrote_it() throws Exception {
        try (JdbcSessionStore other = new JdbcSessionStore(url, "sa", "", JSON)) {
            PlaybackSession mine = store.update("ann", s -> PlaybackSessionTest.playing(PlaybackSessionTest.ABC, 0).withVolume("kitchen", 20));
            assertThat(store.get("ann")).isEqualTo(mine);
            assertThat(other.get("ann")).as("what this hub kept is what the row decodes to").isEqualTo(mine);
            other.update("ann", x -> x.withVolume("kitchen", 35));
            assertThat(store.get("ann").volumes()).containsEntry("kitchen", 35);
            assertThat(store.get("ann").version()).isEqualTo(2);
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
                st.execute("DELETE FROM tonearm_playback_session WHERE user_id = 'ann'");
            }
            assertThat(store.get("ann")).isEqualTo(PlaybackSession.EMPTY);
        }
    }

    @Test
    void sessions_survive_a_restart_on_the_h2_file(@TempDir Path dir) {
        String file = new SessionConfig("jdbc", null, "sa", "").jdbcUrl(dir);
        try (JdbcSessionStore first = new JdbcSessionStore(file, "sa", "", JSON)) {
            first.update("ann", s -> PlaybackSessionTest.playing(PlaybackSessionTest.ABC, 2));
        }
        try (JdbcSessionStore second = new JdbcSessionStore(file, "sa", "", JSON)) {
            assertThat(second.get("ann").currentTrack()).contains("tonearm:track:c");
            assertThat(second.get("ann").version()).isEqualTo(1);
        }
    }

    @Test
    void a_row_that_does_not_decode_is_an_error_not_an_empty_session() throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO tonearm_playback_session VALUES ('mallory', 7, NULL, '{\"version\":-3,\"index\":9}')");
            s.execute("INSERT INTO tonearm_playback_session VALUES ('trudy', 7, NULL, 'not json')");
        }
        assertThatThrownBy(() -> store.get("mallory")).isInstanceOf(SessionStoreException.class);
        assertThatThrownBy(() -> store.update("trudy", x -> x)).isInstanceOf(SessionStoreException.class);
        assertThat(store.get("ann")).as("the store still works").isEqualTo(PlaybackSession.EMPTY);
    }

    @Test
    void an_unreachable_database_is_a_store_error() {
        assertThatThrownBy(() -> new JdbcSessionStore("jdbc:postgresql://127.0.0.1:1/none", "x", "y", JSON))
                .isInstanceOf(SessionStoreException.class);
    }

    @Test
    void configuration_refuses_unknown_stores_and_urls() {
        assertThatThrownBy(() -> new SessionConfig("redis", null, "sa", ""))
                .hasMessageContaining("tonearm.hub.session.store");
        assertThatThrownBy(() -> new SessionConfig("jdbc", "jdbc:mysql://x/y", "sa", ""))
                .hasMessageContaining("tonearm.hub.session.jdbc-url");
        assertThat(new SessionConfig("jdbc", null, "sa", "").jdbcUrl(Path.of("/data")))
                .isEqualTo("jdbc:h2:file:/data/sessions");
    }
}
