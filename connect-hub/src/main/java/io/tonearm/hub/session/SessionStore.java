package io.tonearm.hub.session;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where playback sessions live: in memory for one hub, or in a database several hub instances share.
 * Thread-safe; {@link #update} may block on I/O (call it from a blocking executor or the MQTT callback
 * thread, never from an event loop).
 */
public interface SessionStore extends AutoCloseable {

    /** The user's session, or {@link PlaybackSession#EMPTY}. */
    PlaybackSession get(String user);

    /**
     * Applies {@code change} to the current session and stores the result if the version read is still
     * the stored one (optimistic check); on a conflict it reads again and re-applies, so {@code change}
     * must be a pure function. A result with the same content is not stored. The stored version is
     * at least one past the previous one (higher if {@code change} set it higher).
     *
     * @return the session as stored afterwards
     * @throws SessionStoreException when the store cannot be read or written, or stays contended
     */
    PlaybackSession update(String user, UnaryOperator<PlaybackSession> change);

    /** Users whose session's active device is {@code deviceId}. */
    List<String> usersPlayingOn(String deviceId);

    /** Releases connections; the store is not used afterwards. */
    @Override
    default void close() {
    }

    /** The version a change produces: at least one past {@code before}. */
    static PlaybackSession bumped(PlaybackSession before, PlaybackSession after) {
        return after.withVersion(Math.max(after.version(), before.version() + 1));
    }
}
