package io.tonearm.hub.player;

import io.tonearm.protocol.Topics;
import java.util.List;
import java.util.Optional;

/**
 * A user's one playback session: the active device (the one last told to play), the version that
 * grows with every command, and the track uris last started.
 */
public record PlaybackSession(Optional<String> activeDeviceId, long version, List<String> uris) {

    public static final PlaybackSession EMPTY = new PlaybackSession(Optional.empty(), 0, List.of());

    public PlaybackSession {
        if (activeDeviceId == null || activeDeviceId.filter(id -> !Topics.isValidDeviceId(id)).isPresent()) {
            throw new IllegalArgumentException("active device must be empty or a valid device id");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        uris = List.copyOf(uris);
    }

    PlaybackSession withVersion(long newVersion) {
        return new PlaybackSession(activeDeviceId, newVersion, uris);
    }

    PlaybackSession playingOn(String deviceId, Optional<List<String>> newUris) {
        return new PlaybackSession(Optional.of(deviceId), version, newUris.orElse(uris));
    }
}
