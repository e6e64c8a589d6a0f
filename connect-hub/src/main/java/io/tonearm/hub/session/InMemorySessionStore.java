package io.tonearm.hub.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Sessions of one hub instance, in memory. {@code change} runs inside the map's per-key lock. */
public final class InMemorySessionStore implements SessionStore {

    private final Map<String, PlaybackSession> sessions = new ConcurrentHashMap<>();

    @Override
    public PlaybackSession get(String user) {
        return sessions.getOrDefault(user, PlaybackSession.EMPTY);
    }

    @Override
    public PlaybackSession update(String user, UnaryOperator<PlaybackSession> change) {
        return sessions.compute(user, (key, old) -> {
            PlaybackSession before = old == null ? PlaybackSession.EMPTY : old;
            PlaybackSession after = change.apply(before);
            return after.sameAs(before) && after.version() <= before.version() ? before
                    : SessionStore.bumped(before, after);
        });
    }

    @Override
    public List<String> usersPlayingOn(String deviceId) {
        return sessions.entrySet().stream()
                .filter(e -> e.getValue().activeDeviceId().filter(deviceId::equals).isPresent())
                .map(Map.Entry::getKey).sorted().collect(Collectors.toList());
    }
}
