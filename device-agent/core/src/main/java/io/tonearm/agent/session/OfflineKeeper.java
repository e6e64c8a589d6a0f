package io.tonearm.agent.session;

import io.tonearm.agent.stream.TrackRef;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps tracks for offline play (the agent's offline cache: pins them and downloads those not cached
 * yet). Returns at once; the work runs on its own thread. The future completes with the number of
 * tracks that could not be kept (0: all kept), or fails when the device has no offline cache.
 */
@FunctionalInterface
public interface OfflineKeeper {
    CompletableFuture<Integer> keep(List<TrackRef> tracks);
}
