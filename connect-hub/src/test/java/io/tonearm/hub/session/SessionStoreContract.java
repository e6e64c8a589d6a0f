package io.tonearm.hub.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.tonearm.hub.device.RepeatMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link SessionStore} does; each implementation's test extends this. */
abstract class SessionStoreContract {

    abstract SessionStore store();

    @Test
    void an_unknown_user_has_the_empty_session() {
        assertThat(store().get("nobody")).isEqualTo(PlaybackSession.EMPTY);
    }

    @Test
    void every_change_bumps_the_version_and_no_change_keeps_it() {
        PlaybackSession first = store().update("ann", s -> PlaybackSessionTest.playing(PlaybackSessionTest.ABC, 1));
        assertThat(first.version()).isEqualTo(1);
        PlaybackSession second = store().update("ann", s -> s.withRepeat(RepeatMode.CONTEXT));
        assertThat(second.version()).isEqualTo(2);
        assertThat(store().update("ann", s -> s)).isEqualTo(second);
        assertThat(store().get("ann")).isEqualTo(second);
        assertThat(store().update("ann", s -> s.withVersion(40)).version()).as("a raised version is kept").isEqualTo(40);
        assertThat(store().update("ann", s -> s.withVersion(3)).version()).as("a lower version is no change").isEqualTo(40);
        assertThat(store().update("ann", s -> s.withVersion(3).withRepeat(RepeatMode.OFF)).version())
                .as("a change never lowers it").isEqualTo(41);
    }

    @Test
    void sessions_round_trip_every_field() {
        PlaybackSession s = PlaybackSessionTest.playing(PlaybackSessionTest.ABC, 2).enqueued("tonearm:track:q")
                .withRepeat(RepeatMode.TRACK).withShuffle(true).withVolume("kitchen", 35).withVolume("car", 0);
        PlaybackSession stored = store().update("bob", x -> s);
        assertThat(store().get("bob")).isEqualTo(stored);
        assertThat(stored.sameAs(s)).isTrue();
    }

    @Test
    void users_are_found_by_their_active_device() {
        store().update("cat", s -> PlaybackSessionTest.playing(PlaybackSessionTest.ABC, 0));
        store().update("dan", s -> PlaybackSessionTest.playing(PlaybackSessionTest.ABC, 0));
        store().update("eve", s -> PlaybackSessionTest.playing(PlaybackSessionTest.ABC, 0).at("car", true, 0,
                PlaybackSessionTest.T0));
        assertThat(store().usersPlayingOn("kitchen")).contains("cat", "dan").doesNotContain("eve");
        assertThat(store().usersPlayingOn("car")).contains("eve");
    }

    @Test
    void concurrent_changes_are_all_kept() throws Exception {
        store().update("fay", s -> PlaybackSessionTest.playing(PlaybackSessionTest.ABC, 0));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int volume = i;
            futures.add(pool.submit(() -> store().update("fay", s -> s.withVolume("d" + volume, volume))));
        }
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        PlaybackSession s = store().get("fay");
        assertThat(s.volumes()).hasSize(40);
        assertThat(s.version()).isEqualTo(41);
    }
}
