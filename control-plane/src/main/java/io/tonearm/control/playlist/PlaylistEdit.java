package io.tonearm.control.playlist;

import io.tonearm.auth.UserId;
import io.tonearm.control.catalog.TrackId;
import io.tonearm.control.error.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A change to a playlist's items, with Spotify's semantics. {@link #apply} is pure: it checks the
 * edit against the current items (positions out of range are a 400) and returns the new list.
 */
public sealed interface PlaylistEdit {

    /** Most items one playlist holds, as on Spotify. */
    int MAX_ITEMS = 10_000;
    /** Most tracks one request adds, replaces or removes. */
    int MAX_PER_REQUEST = 100;

    List<PlaylistItem> apply(List<PlaylistItem> items, UserId by, Instant at);

    /** Inserts {@code tracks} at {@code position} (0 to size), or appends when it is empty. */
    record Add(List<TrackId> tracks, OptionalInt position) implements PlaylistEdit {
        public Add {
            tracks = List.copyOf(tracks);
            if (tracks.isEmpty() || tracks.size() > MAX_PER_REQUEST) {
                throw new InvalidRequestException("uris must list 1 to " + MAX_PER_REQUEST + " tracks");
            }
        }

        @Override
        public List<PlaylistItem> apply(List<PlaylistItem> items, UserId by, Instant at) {
            int at0 = position.orElse(items.size());
            if (at0 < 0 || at0 > items.size()) {
                throw new InvalidRequestException("position must be between 0 and the number of items");
            }
            requireRoom(items.size() + tracks.size());
            List<PlaylistItem> next = new ArrayList<>(items);
            next.addAll(at0, fresh(tracks, by, at));
            return next;
        }
    }

    /** Replaces every item with {@code tracks} (0 to 100 of them). */
    record Replace(List<TrackId> tracks) implements PlaylistEdit {
        public Replace {
            tracks = List.copyOf(tracks);
            if (tracks.size() > MAX_PER_REQUEST) {
                throw new InvalidRequestException("uris may list at most " + MAX_PER_REQUEST + " tracks");
            }
        }

        @Override
        public List<PlaylistItem> apply(List<PlaylistItem> items, UserId by, Instant at) {
            return fresh(tracks, by, at);
        }
    }

    /**
     * Moves {@code rangeLength} items starting at {@code rangeStart} to before the item that was at
     * {@code insertBefore} (equal to the size: to the end). Moving a range to where it is changes nothing.
     */
    record Reorder(int rangeStart, int insertBefore, int rangeLength) implements PlaylistEdit {
        @Override
        public List<PlaylistItem> apply(List<PlaylistItem> items, UserId by, Instant at) {
            int size = items.size();
            if (rangeStart < 0 || rangeStart >= size) {
                throw new InvalidRequestException("range_start must be a position in the playlist");
            }
            if (rangeLength < 1 || rangeLength > size - rangeStart) {
                throw new InvalidRequestException("range_length must be at least 1 and stay within the playlist");
            }
            if (insertBefore < 0 || insertBefore > size) {
                throw new InvalidRequestException("insert_before must be between 0 and the number of items");
            }
            List<PlaylistItem> block = new ArrayList<>(items.subList(rangeStart, rangeStart + rangeLength));
            List<PlaylistItem> rest = new ArrayList<>(items.subList(0, rangeStart));
            rest.addAll(items.subList(rangeStart + rangeLength, size));
            int target = insertBefore > rangeStart ? Math.max(rangeStart, insertBefore - rangeLength) : insertBefore;
            rest.addAll(target, block);
            return rest;
        }
    }

    /**
     * Removes tracks: for each track every occurrence, or only those at the given positions (each of
     * which must hold that track).
     */
    record Remove(Map<TrackId, Set<Integer>> positionsByTrack) implements PlaylistEdit {
        public Remove {
            positionsByTrack = Map.copyOf(positionsByTrack);
            if (positionsByTrack.isEmpty() || positionsByTrack.size() > MAX_PER_REQUEST) {
                throw new InvalidRequestException("tracks must list 1 to " + MAX_PER_REQUEST + " tracks");
            }
        }

        @Override
        public List<PlaylistItem> apply(List<PlaylistItem> items, UserId by, Instant at) {
            Set<Integer> drop = new TreeSet<>();
            for (Map.Entry<TrackId, Set<Integer>> e : positionsByTrack.entrySet()) {
                if (e.getValue().isEmpty()) {
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i).track().equals(e.getKey())) {
                            drop.add(i);
                        }
                    }
                } else {
                    for (int p : e.getValue()) {
                        if (p < 0 || p >= items.size() || !items.get(p).track().equals(e.getKey())) {
                            throw new InvalidRequestException("positions must point at the track they are given with");
                        }
                        drop.add(p);
                    }
                }
            }
            List<PlaylistItem> next = new ArrayList<>(items.size() - drop.size());
            for (int i = 0; i < items.size(); i++) {
                if (!drop.contains(i)) {
                    next.add(items.get(i));
                }
            }
            return next;
        }
    }

    private static List<PlaylistItem> fresh(List<TrackId> tracks, UserId by, Instant at) {
        List<PlaylistItem> added = new ArrayList<>(tracks.size());
        for (TrackId t : tracks) {
            added.add(new PlaylistItem(t, by, at));
        }
        return added;
    }

    private static void requireRoom(int size) {
        if (size > MAX_ITEMS) {
            throw new InvalidRequestException("a playlist holds at most " + MAX_ITEMS + " items");
        }
    }
}
