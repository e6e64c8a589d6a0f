package io.tonearm.hub.session;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The playback sessions of this hub's users: the {@link SessionStore} plus a stream of changes for the
 * event stream. Every change goes through {@link #update}, so none is missed by subscribers of this
 * hub. Blocking where the store blocks; thread-safe.
 */
@Singleton
public class Sessions {

    private static final int BUFFER = 256;

    private final SessionStore store;
    private final Sinks.Many<SessionChanged> changes = Sinks.many().multicast().directBestEffort();

    public Sessions(SessionStore store) {
        this.store = store;
    }

    public PlaybackSession get(String user) {
        return store.get(user);
    }

    /** See {@link SessionStore#update}; publishes the result when the version moved. */
    public PlaybackSession update(String user, UnaryOperator<PlaybackSession> change) {
        AtomicLong before = new AtomicLong();
        PlaybackSession after = store.update(user, s -> {
            before.set(s.version());
            return change.apply(s);
        });
        if (after.version() > before.get()) {
            publish(new SessionChanged(user, after));
        }
        return after;
    }

    /** Reserves a version for a command: one past both the session's and {@code floor} (the device's). */
    public long nextVersion(String user, long floor) {
        return update(user, s -> s.withVersion(Math.max(s.version(), floor) + 1)).version();
    }

    /** A device answered STALE with a newer version than ours: catch up. */
    public void raiseTo(String user, long version) {
        update(user, s -> version > s.version() ? s.withVersion(version) : s);
    }

    public java.util.List<String> usersPlayingOn(String deviceId) {
        return store.usersPlayingOn(deviceId);
    }

    /** Changes to {@code user}'s session from now on; a slow subscriber loses the oldest (it gets the latest). */
    public Flux<SessionChanged> changes(String user) {
        return changes.asFlux().filter(c -> c.user().equals(user)).onBackpressureLatest().limitRate(BUFFER);
    }

    private synchronized void publish(SessionChanged change) {
        changes.tryEmitNext(change);
    }
}
