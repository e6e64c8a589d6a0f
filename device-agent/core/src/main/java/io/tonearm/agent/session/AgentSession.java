package io.tonearm.agent.session;

import io.tonearm.agent.controls.AgentStatus;
import io.tonearm.agent.controls.LocalControls;
import io.tonearm.agent.controls.StatusListener;
import io.tonearm.agent.playback.Player;
import io.tonearm.agent.playback.PlayerListener;
import io.tonearm.agent.stream.StreamTicket;
import io.tonearm.agent.stream.TrackRef;
import io.tonearm.agent.time.TimeSource;
import io.tonearm.agent.transport.HubListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device's playback session. Everything that changes it — hub commands, player news — is
 * handed to one thread ("tonearm-session"), which owns {@link SessionState}, so no state is
 * shared between threads. It answers every command with an ack and reports state and events.
 */
public final class AgentSession implements HubListener, PlayerListener, LocalControls, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AgentSession.class);

    private final ScheduledExecutorService thread;
    private final SessionState state;
    private final CommandHandler commands;
    private final TimeSource time;
    private final List<StatusListener> statusListeners = new CopyOnWriteArrayList<>();
    private boolean connected; // session thread only
    private AgentStatus lastStatus; // session thread only

    public AgentSession(SessionContext context) {
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tonearm-session");
            t.setDaemon(true);
            return t;
        });
        this.time = context.time();
        this.state = new SessionState(context);
        this.commands = new CommandHandler(context, state);
    }

    /** Binds the player, which reports to this session; call once before {@link #start}. */
    public void attach(Player player) {
        commands.attach(player);
        state.attach(player);
    }

    /** Lets hub commands keep tracks offline through {@code keeper}; call once before {@link #start}. */
    public void attachOffline(OfflineKeeper keeper) {
        commands.attachOffline(keeper, this::submit);
    }

    /** Publishes the first state and, while playing, a fresh one every {@code reportEveryMs}. */
    public void start(long reportEveryMs) {
        submit(() -> {
            connected = true; // the transport's start returned: the first connection is up
            state.publish();
        });
        thread.scheduleAtFixedRate(() -> {
            if (state.isPlaying()) {
                state.publish();
            }
        }, reportEveryMs, reportEveryMs, TimeUnit.MILLISECONDS);
    }

    /** The latest state, read on the session thread (blocks the caller briefly). */
    public PlaybackState snapshot() {
        try {
            return thread.submit(state::snapshot).get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("session did not answer", e);
        }
    }

    /**
     * Carries the command out on the session thread: at once, or at its execute-at instant when
     * that lies ahead (the hub schedules both halves of a handoff for one instant).
     */
    @Override
    public void onCommand(CommandEnvelope command) {
        long delayMs = command.executeAtMs() == 0 ? 0 : command.executeAtMs() - time.currentTimeMillis();
        if (delayMs <= 0) {
            submit(() -> commands.handle(command));
            return;
        }
        commands.scheduled(command);
        try {
            thread.schedule(guarded(() -> commands.handle(command)), delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("session closed; dropped a scheduled command");
        }
    }

    @Override
    public void onMalformedCommand(String commandId, String reason) {
        LOG.warn("refused a malformed command{}: {}", commandId.isEmpty() ? "" : " " + commandId, reason);
        if (!commandId.isEmpty()) {
            submit(() -> commands.refuse(commandId, reason));
        }
    }

    @Override
    public void onConnectionChanged(boolean up) {
        submit(() -> {
            connected = up;
            if (up) {
                state.publish();
            }
        });
    }

    /** Stops the audio for good: another agent with this id owns the link now (no double playback). */
    @Override
    public void onSuperseded(String reason) {
        LOG.warn("another agent took over this device id ({}); stopping playback", reason);
        submit(() -> {
            connected = false;
            commands.local(new DeviceCommand.Stop());
        });
    }

    /** Tells {@code listener} the status now and whenever it changes, on the session thread. */
    public void addStatusListener(StatusListener listener) {
        submit(() -> {
            reportStatus(); // the others first, so no listener hears a status twice
            listener.onStatus(lastStatus);
            statusListeners.add(listener);
        });
    }

    @Override
    public void playPause() {
        submit(() -> commands.local(state.paused() ? new DeviceCommand.Resume() : new DeviceCommand.Pause()));
    }

    @Override
    public void next() {
        submit(() -> commands.local(new DeviceCommand.Next()));
    }

    @Override
    public void previous() {
        submit(() -> commands.local(new DeviceCommand.Previous()));
    }

    @Override
    public void stop() {
        submit(() -> commands.local(new DeviceCommand.Stop()));
    }

    @Override
    public void changeVolume(int steps) {
        submit(() -> {
            long target = (long) state.volume() + (long) steps * VOLUME_STEP;
            int percent = (int) Math.max(0, Math.min(100, target));
            if (percent != state.volume()) {
                commands.local(new DeviceCommand.SetVolume(percent));
            }
        });
    }

    @Override
    public void onLoading(long generation, TrackRef track, int queueIndex, StreamTicket ticket) {
        submit(() -> state.loading(generation, queueIndex, ticket));
    }

    @Override
    public void onPrepared(long generation, TrackRef track, int queueIndex, long positionMs) {
        submit(() -> commands.prepared(generation));
    }

    @Override
    public void onTrackStarted(long generation, TrackRef track, int queueIndex, long positionMs) {
        submit(() -> state.started(generation, queueIndex, positionMs));
    }

    @Override
    public void onTrackCompleted(long generation, TrackRef track, int queueIndex) {
        submit(() -> state.completed(generation, track));
    }

    @Override
    public void onError(long generation, TrackRef track, int queueIndex, String code, String message) {
        submit(() -> {
            commands.preparationFailed(generation, code, message);
            state.failed(generation, track, code, message);
        });
    }

    @Override
    public void onUnderrun(long generation, TrackRef track, int queueIndex, long positionMs) {
        submit(() -> state.underrun(generation, positionMs));
    }

    @Override
    public void onQueueEnded(long generation) {
        submit(() -> state.queueEnded(generation));
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void reportStatus() {
        AgentStatus now = AgentStatus.of(connected, state.snapshot().status());
        if (now != lastStatus) {
            lastStatus = now;
            for (StatusListener l : statusListeners) {
                try {
                    l.onStatus(now);
                } catch (RuntimeException e) {
                    LOG.warn("a status listener failed", e);
                }
            }
        }
    }

    private void submit(Runnable task) {
        try {
            thread.execute(guarded(task));
        } catch (RejectedExecutionException e) {
            LOG.debug("session closed; dropped a task");
        }
    }

    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
                reportStatus();
            } catch (RuntimeException e) {
                LOG.error("session task failed; the session carries on", e);
            }
        };
    }


}
