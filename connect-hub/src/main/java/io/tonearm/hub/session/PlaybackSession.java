package io.tonearm.hub.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.tonearm.hub.device.RepeatMode;
import io.tonearm.protocol.Topics;
import io.tonearm.protocol.WireCodec;
import io.tonearm.protocol.WireLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's one playback session, immutable. {@code playOrder} is the list the active device was told to
 * play (the context's tracks, shuffled or not, with the user's queued tracks inserted after the current
 * one); {@code queued} counts those queued tracks, which sit at {@code index + 1 …}. The position is
 * {@code positionMs} at {@code anchoredAt} (hub clock) and moves on from there while playing.
 * {@code version} grows with every change (the store enforces it); devices reject older commands.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlaybackSession(long version, Optional<String> activeDeviceId, Optional<PlaybackContext> context,
        List<String> contextTracks, List<String> playOrder, int index, int queued, long positionMs,
        Instant anchoredAt, boolean playing, boolean shuffle, RepeatMode repeat, Map<String, Integer> volumes) {

    public static final PlaybackSession EMPTY = new PlaybackSession(0, Optional.empty(), Optional.empty(), List.of(),
            List.of(), 0, 0, 0, Instant.EPOCH, false, false, RepeatMode.OFF, Map.of());

    public PlaybackSession {
        if (version < 0 || activeDeviceId == null || context == null || anchoredAt == null || repeat == null) {
            throw new IllegalArgumentException("version must not be negative; device, context, anchor and repeat "
                    + "are required (device and context may be empty)");
        }
        activeDeviceId.ifPresent(PlaybackSession::requireDeviceId);
        contextTracks = tracks(contextTracks, "context tracks");
        playOrder = tracks(playOrder, "play order");
        if (playOrder.isEmpty() ? index != 0 || queued != 0
                : index < 0 || index >= playOrder.size() || queued < 0 || index + queued >= playOrder.size()) {
            throw new IllegalArgumentException("index " + index + " and " + queued + " queued do not fit "
                    + playOrder.size() + " tracks");
        }
        if (positionMs < 0) {
            throw new IllegalArgumentException("position must not be negative");
        }
        volumes = Map.copyOf(volumes);
        volumes.forEach((device, volume) -> {
            requireDeviceId(device);
            if (volume == null || volume < 0 || volume > 100) {
                throw new IllegalArgumentException("volume must be 0-100: " + volume);
            }
        });
    }

    /** The current track, if anything is loaded. */
    public Optional<String> currentTrack() {
        return playOrder.isEmpty() ? Optional.empty() : Optional.of(playOrder.get(index));
    }

    /** The tracks after the current one, in play order (queued ones first). */
    public List<String> upNext() {
        return playOrder.isEmpty() ? List.of() : playOrder.subList(index + 1, playOrder.size());
    }

    /** The position at {@code now}: the anchor moved on while playing. */
    public long positionAt(Instant now) {
        return playing ? positionMs + Math.max(0, now.toEpochMilli() - anchoredAt.toEpochMilli()) : positionMs;
    }

    public PlaybackSession withVersion(long newVersion) {
        return new PlaybackSession(newVersion, activeDeviceId, context, contextTracks, playOrder, index, queued,
                positionMs, anchoredAt, playing, shuffle, repeat, volumes);
    }

    /** A new list started on {@code deviceId}; the queue of user-added tracks is consumed into it. */
    public PlaybackSession started(String deviceId, Optional<PlaybackContext> newContext, List<String> newContextTracks,
            List<String> newOrder, int newIndex, long position, Instant now) {
        return new PlaybackSession(version, Optional.of(deviceId), newContext, newContextTracks, newOrder, newIndex, 0,
                position, now, true, shuffle, repeat, volumes);
    }

    /** Playing or paused at {@code position} as of {@code now}, on {@code deviceId}. */
    public PlaybackSession at(String deviceId, boolean nowPlaying, long position, Instant now) {
        return new PlaybackSession(version, Optional.of(deviceId), context, contextTracks, playOrder, index, queued,
                position, now, nowPlaying, shuffle, repeat, volumes);
    }

    /** The device moved to {@code newIndex} of the same play order; queued tracks it passed are used up. */
    public PlaybackSession movedTo(int newIndex, boolean nowPlaying, long position, Instant now) {
        int passed = Math.max(0, newIndex - index);
        int left = newIndex >= index ? Math.max(0, queued - passed) : 0;
        return new PlaybackSession(version, activeDeviceId, context, contextTracks, playOrder, newIndex,
                Math.min(left, playOrder.size() - 1 - newIndex), position, now, nowPlaying, shuffle, repeat, volumes);
    }

    /** A new order of the same tracks (shuffle on or off), the current track kept where it is. */
    public PlaybackSession reordered(boolean nowShuffled, List<String> newOrder) {
        return new PlaybackSession(version, activeDeviceId, context, contextTracks, newOrder, index,
                Math.min(queued, newOrder.size() - 1 - index), positionMs, anchoredAt, playing, nowShuffled, repeat,
                volumes);
    }

    public PlaybackSession withShuffle(boolean nowShuffled) {
        return reordered(nowShuffled, playOrder);
    }

    public PlaybackSession withRepeat(RepeatMode mode) {
        return new PlaybackSession(version, activeDeviceId, context, contextTracks, playOrder, index, queued,
                positionMs, anchoredAt, playing, shuffle, mode, volumes);
    }

    /** {@code uri} goes after the current track and the tracks queued before it. */
    public PlaybackSession enqueued(String uri) {
        if (playOrder.isEmpty()) {
            throw new IllegalStateException("nothing is playing");
        }
        if (playOrder.size() >= WireLimits.MAX_QUEUE) {
            throw new IllegalStateException("the queue is full");
        }
        List<String> order = new ArrayList<>(playOrder);
        order.add(index + 1 + queued, uri);
        return new PlaybackSession(version, activeDeviceId, context, contextTracks, order, index, queued + 1,
                positionMs, anchoredAt, playing, shuffle, repeat, volumes);
    }

    public PlaybackSession withVolume(String deviceId, int volumePercent) {
        Map<String, Integer> v = new HashMap<>(volumes);
        v.put(deviceId, volumePercent);
        return new PlaybackSession(version, activeDeviceId, context, contextTracks, playOrder, index, queued,
                positionMs, anchoredAt, playing, shuffle, repeat, v);
    }

    /** Same content, ignoring the version: whether a change is worth a new version. */
    public boolean sameAs(PlaybackSession other) {
        return withVersion(0).equals(other.withVersion(0));
    }

    private static List<String> tracks(List<String> uris, String what) {
        List<String> copy = List.copyOf(uris);
        if (copy.size() > WireLimits.MAX_QUEUE) {
            throw new IllegalArgumentException(what + " hold more than " + WireLimits.MAX_QUEUE + " tracks");
        }
        for (String uri : copy) {
            if (!WireCodec.TRACK_URI.matcher(uri).matches()) {
                throw new IllegalArgumentException(what + " hold a malformed track uri");
            }
        }
        return copy;
    }

    private static void requireDeviceId(String id) {
        if (!Topics.isValidDeviceId(id)) {
            throw new IllegalArgumentException("invalid device id");
        }
    }
}
