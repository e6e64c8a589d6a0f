package io.tonearm.agent;

import io.tonearm.agent.cache.OfflinePlaylist;
import io.tonearm.agent.stream.StreamException;
import io.tonearm.agent.stream.TrackRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import io.tonearm.agent.controls.LocalControls;
import io.tonearm.agent.controls.StatusListener;
import io.tonearm.agent.playback.Player;
import io.tonearm.agent.session.AgentSession;
import io.tonearm.agent.session.DeviceIdentity;
import io.tonearm.agent.session.PlaybackState;
import io.tonearm.agent.transport.HubTransport;
import io.tonearm.agent.transport.TransportException;

/**
 * A running device agent: a transport to the hub, a session that owns the playback state, and a
 * player. Built by {@link AgentBuilder}; {@link #start()} connects, {@link #close()} says goodbye.
 */
public final class Agent implements AutoCloseable {
    private final DeviceIdentity identity;
    private final HubTransport transport;
    private final AgentSession session;
    private final Player player;
    private final long reportEveryMs;
    private final Optional<OfflinePlaylist> offline;

    Agent(DeviceIdentity identity, HubTransport transport, AgentSession session, Player player, long reportEveryMs,
          Optional<OfflinePlaylist> offline) {
        this.identity = identity;
        this.transport = transport;
        this.session = session;
        this.player = player;
        this.reportEveryMs = reportEveryMs;
        this.offline = offline;
    }

    /**
     * Keeps {@code tracks} in the offline cache at the device's highest quality: pins them and
     * downloads those not cached yet, on a worker thread ("tonearm-offline"). The future holds each
     * track's failure, if any. Fails at once when the device has no offline cache (size 0).
     */
    public CompletableFuture<Map<TrackRef, Optional<StreamException>>> keepOffline(List<TrackRef> tracks) {
        if (offline.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException("this device has no offline cache"
                    + " (its profile's cache.size-mb is 0)"));
        }
        CompletableFuture<Map<TrackRef, Optional<StreamException>>> done = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                done.complete(offline.get().keep(List.copyOf(tracks), identity.maxQuality()));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, "tonearm-offline");
        worker.setDaemon(true);
        worker.start();
        return done;
    }

    /** Connects to the hub (blocking until the first connection) and starts reporting. */
    public void start() throws TransportException {
        transport.start(identity, session);
        session.start(reportEveryMs);
    }

    public DeviceIdentity identity() {
        return identity;
    }

    /** The port for the device's own buttons and knob: presses become session commands. */
    public LocalControls localControls() {
        return session;
    }

    /** Tells {@code listener} the agent's status now and on every change (on the session thread). */
    public void addStatusListener(StatusListener listener) {
        session.addStatusListener(listener);
    }

    /** The session's current state, as it would be reported. */
    public PlaybackState state() {
        return session.snapshot();
    }

    @Override
    public void close() {
        player.close();
        session.close();
        transport.close();
    }
}
