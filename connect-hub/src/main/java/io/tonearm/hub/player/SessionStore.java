package io.tonearm.hub.player;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Playback sessions by user, in memory. Every change is one short synchronized step; nobody holds
 * the lock while waiting for a device. The seam for a store several hub instances share.
 */
@Singleton
public class SessionStore {

    private final Map<String, PlaybackSession> sessions = new HashMap<>();

    public synchronized PlaybackSession get(String user) {
        return sessions.getOrDefault(user, PlaybackSession.EMPTY);
    }

    /**
     * Reserves the version for a new command: one past both the session's version and {@code floor}
     * (the highest version the target device reported), so a hub that restarted is not stale.
     */
    public synchronized long nextVersion(String user, long floor) {
        PlaybackSession s = get(user);
        long next = Math.max(s.version(), floor) + 1;
        sessions.put(user, s.withVersion(next));
        return next;
    }

    /** A device reported a newer version than ours (it answered STALE): catch up. */
    public synchronized void raiseTo(String user, long version) {
        PlaybackSession s = get(user);
        if (version > s.version()) {
            sessions.put(user, s.withVersion(version));
        }
    }

    /** A play or resume was applied: the device becomes the active one. */
    public synchronized void playingOn(String user, String deviceId, Optional<List<String>> uris) {
        sessions.put(user, get(user).playingOn(deviceId, uris));
    }
}
