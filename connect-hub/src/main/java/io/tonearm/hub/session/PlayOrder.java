package io.tonearm.hub.session;

import io.tonearm.protocol.WireLimits;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** How shuffle turns a list into a play order and back. Pure; the random source is the caller's. */
public final class PlayOrder {

    private PlayOrder() {
    }

    /** Starting a list: shuffled, {@code start} plays first and the rest follow in random order. */
    public static List<String> starting(List<String> tracks, int start, boolean shuffle, Random random) {
        if (!shuffle) {
            return List.copyOf(tracks);
        }
        List<String> rest = new ArrayList<>(tracks);
        String first = rest.remove(start);
        Collections.shuffle(rest, random);
        rest.add(0, first);
        return List.copyOf(rest);
    }

    /** Shuffle on: the current track and the queued ones stay, what comes after them is shuffled. */
    public static List<String> shuffled(PlaybackSession s, Random random) {
        if (s.playOrder().isEmpty()) {
            return List.of();
        }
        int keep = s.index() + s.queued() + 1;
        List<String> order = new ArrayList<>(s.playOrder().subList(0, keep));
        List<String> rest = new ArrayList<>(s.playOrder().subList(keep, s.playOrder().size()));
        Collections.shuffle(rest, random);
        order.addAll(rest);
        return List.copyOf(order);
    }

    /**
     * Shuffle off: the current track and the queued ones stay, then the context's tracks that come after
     * the current one in the context's own order (none when the current track is not in the context).
     */
    public static List<String> unshuffled(PlaybackSession s) {
        if (s.playOrder().isEmpty()) {
            return List.of();
        }
        int keep = s.index() + s.queued() + 1;
        List<String> order = new ArrayList<>(s.playOrder().subList(0, keep));
        int at = s.contextTracks().indexOf(s.playOrder().get(s.index()));
        if (at >= 0) {
            order.addAll(s.contextTracks().subList(at + 1, s.contextTracks().size()));
        }
        return List.copyOf(order.subList(0, Math.min(order.size(), WireLimits.MAX_QUEUE)));
    }
}
